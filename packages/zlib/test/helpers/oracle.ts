// Differential testing against node v0.10.19 (the oracle): one ES5 script runs under the real
// 0.10 and, in-process, against n10's zlib (with n10's buffer, stream, util, process and
// timers as the script's globals); the printed lines must match. Scripts print with out(),
// render values with show(), and end by calling finish() after their last callback.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import assert from '@n10/assert';
import buffer from '@n10/buffer';
import events from '@n10/events';
import processModule from '@n10/process';
import stream from '@n10/stream';
import timers from '@n10/timers';
import util from '@n10/util';
import zlib from '../../src/index';

export const ORACLE = process.env.N10_ORACLE || path.resolve(__dirname, '../../../../tools/node010');

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
// FNV-1a over the bytes: a short fingerprint for long outputs.
function fnv(b) { var h = 0x811c9dc5; for (var i = 0; i < b.length; i++) { h ^= b[i]; h = (h + ((h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24))) >>> 0; } return ('0000000' + h.toString(16)).slice(-8); }
function bytes(b) { return b.length <= 64 ? '<' + hexOf(b) + '>' : '<' + b.length + ':' + fnv(b) + '>'; }
function show(v) {
  if (typeof v === 'string') return q(v);
  if (v === null || typeof v !== 'object') return String(v);
  if (Buffer.isBuffer(v)) return 'B' + bytes(v);
  if (v instanceof Error) return 'E:' + v.name + ':' + v.message + (v.errno !== undefined ? ':' + v.errno + ':' + v.code : '');
  if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(show(v[i])); return '[' + a.join(',') + ']'; }
  return 'object';
}
function tryit(f) { try { return show(f()); } catch (e) { return show(e); } }
function t(label, f) { out(label + ' => ' + tryit(f)); }
var __seed = 0x9e3779b9;
function seed(s) { __seed = s >>> 0 || 1; }
function rnd(n) { var x = __seed; x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; __seed = x; return x % n; }
function rbuf(n) { var b = new Buffer(n); for (var i = 0; i < n; i++) b[i] = rnd(256); return b; }
// Text-like bytes: words from a small vocabulary (compresses like prose).
function text(n) {
  var words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'zlib', 'node', 'stream', 'buffer', '\\n', 'of', 'and', 'a'];
  var s = '';
  while (s.length < n) s += words[rnd(words.length)] + ' ';
  return new Buffer(s.slice(0, n));
}
// Runs the tasks one after another: each is function (next) {…}.
function series(tasks, done) { var i = 0; function next() { if (i < tasks.length) tasks[i++](next); else done(); } next(); }
// Collects a stream's output and events; calls back with (error, Buffer, events[]).
function collect(z, cb) {
  var bufs = [], evs = [];
  z.on('data', function (d) { bufs.push(d); evs.push('data' + d.length); });
  z.on('error', function (e) { evs.push('error'); cb(e, Buffer.concat(bufs), evs); });
  z.on('end', function () { evs.push('end'); cb(null, Buffer.concat(bufs), evs); });
  z.on('close', function () { evs.push('close'); });
}
`;

const EPILOGUE = `
function finish() { var __text = __lines.join('\\n'); if (typeof __n10Return === 'function') __n10Return(__text); else process.stdout.write(__text + '\\n'); }
`;

export function runOracle(body: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-zlib-'));
  const file = path.join(dir, 'case.js');
  fs.writeFileSync(file, PRELUDE + EPILOGUE + body);
  try {
    const text = execFileSync(ORACLE, [file], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    return text.replace(/\n$/, '').split('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const modules: Record<string, unknown> = { zlib, buffer, util, stream, events, assert, timers };

export function runLocal(body: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = (name: string): unknown => {
      if (name in modules) return modules[name];
      throw new Error(`runLocal: no module ${name}`);
    };
    const t = timers as unknown as Record<string, unknown>;
    // eslint-disable-next-line no-new-func
    const fn = new Function(
      'Buffer',
      'require',
      'process',
      'setTimeout',
      'clearTimeout',
      'setImmediate',
      '__n10Return',
      PRELUDE + EPILOGUE + body,
    );
    try {
      fn(buffer.Buffer, req, processModule, t.setTimeout, t.clearTimeout, t.setImmediate, (text: string) => resolve(text.split('\n')));
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
