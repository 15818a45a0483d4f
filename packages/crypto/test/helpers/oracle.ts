// Differential testing against node v0.10.19 (the oracle): one ES5 script runs under the real
// 0.10 and, in-process, against n10's crypto (with n10's buffer, util and stream); the printed
// lines must match. Scripts print with out(), render values with show(), and end by calling
// finish() (after their last callback, if they use any).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import buffer from '@n10/buffer';
import stream from '@n10/stream';
import util from '@n10/util';
import crypto from '../../src/index';
import { clearErrors } from '../../src/errors';

export const ORACLE = process.env.N10_ORACLE || path.resolve(__dirname, '../../../../tools/node010');
export const FIXTURES = path.resolve(__dirname, '../fixtures');

export const PRELUDE = `
var __lines = [];
function out(s) { __lines.push(s); }
function q(s) {
  var r = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) r += s.charAt(i);
    else { var h = c.toString(16); r += '\\\\u' + '0000'.slice(h.length) + h; }
  }
  return r + '"';
}
function hexOf(b) { var r = ''; for (var i = 0; i < b.length; i++) r += (b[i] < 16 ? '0' : '') + b[i].toString(16); return r; }
function show(v) {
  if (typeof v === 'string') return q(v);
  if (v === null || typeof v !== 'object') return String(v);
  if (Buffer.isBuffer(v)) return (v.constructor && v.constructor.name === 'SlowBuffer' ? 'S' : 'B') + '<' + hexOf(v) + '>' + v.length;
  if (v instanceof Error) return 'E:' + v.name + ':' + v.message;
  if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(show(v[i])); return '[' + a.join(',') + ']'; }
  return 'object';
}
function tryit(f) { try { return show(f()); } catch (e) { return show(e); } }
function t(label, f) { out(label + ' => ' + tryit(f)); }
var __seed = 0x9e3779b9;
function seed(s) { __seed = s >>> 0 || 1; }
function rnd(n) { var x = __seed; x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; __seed = x; return x % n; }
function rbuf(n) { var b = new Buffer(n); for (var i = 0; i < n; i++) b[i] = rnd(256); return b; }
var FIXTURES = ${JSON.stringify(FIXTURES)};
// Parts that draw random numbers; the conformance copies of these scripts leave them out (the
// n10 runtime has no entropy until @n10/binding gains randomFill: cases/crypto/entropy.js).
var ENTROPY = true;
function fixture(name) { return __fixture(name); }
`;

const EPILOGUE = `
function finish() { var __text = __lines.join('\\n'); if (typeof __n10Return === 'function') __n10Return(__text); else process.stdout.write(__text + '\\n'); }
`;

const fixtureSource = `function __fixture(name) { return require('fs').readFileSync(FIXTURES + '/' + name, 'utf8'); }\n`;

export function runOracle(body: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'n10-crypto-')), 'case.js');
  fs.writeFileSync(file, fixtureSource + PRELUDE + EPILOGUE + body);
  try {
    const text = execFileSync(ORACLE, [file], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    return text.replace(/\n$/, '').split('\n');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

const modules: Record<string, unknown> = { crypto, buffer, util, stream };

export function runLocal(body: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = (name: string): unknown => {
      if (name in modules) return modules[name];
      throw new Error(`runLocal: no module ${name}`);
    };
    const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    // each script is a fresh 0.10 process: an empty OpenSSL error queue, the default encoding
    clearErrors();
    crypto.DEFAULT_ENCODING = 'buffer';
    // eslint-disable-next-line no-new-func
    const fn = new Function('Buffer', 'require', '__n10Return', '__fixture', PRELUDE + EPILOGUE + body);
    try {
      fn(buffer.Buffer, req, (text: string) => resolve(text.split('\n')), fixture);
    } catch (e) {
      reject(e);
    }
  });
}

/** First differing line (with context) or undefined when both runs agree. */
export function firstDifference(expected: string[], actual: string[]): string | undefined {
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      return `line ${i + 1}:\n  node 0.10: ${expected[i]}\n  n10:       ${actual[i]}`;
    }
  }
  return undefined;
}
