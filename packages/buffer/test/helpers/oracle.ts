// Differential testing against node v0.10.19 (the oracle): one ES5 script runs under the real
// 0.10 and, in-process, against n10's buffer and string_decoder; the printed lines must match.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import buffer from '../../src/index';

export const ORACLE = process.env.N10_ORACLE || path.resolve(__dirname, '../../../../tools/node010');

// Helpers every script may use: print lines with out(); show() renders any value the same way
// in both engines (JSON.stringify differs on lone surrogates between V8 3.14 and today's).
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
  if (Buffer.isBuffer(v)) return 'B<' + hexOf(v) + '>' + v.length;
  if (v instanceof Error) return 'E:' + v.name + ':' + v.message;
  if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(show(v[i])); return '[' + a.join(',') + ']'; }
  return 'object';
}
function tryit(f) { try { return show(f()); } catch (e) { return show(e); } }
// Deterministic PRNG (xorshift32), identical in both engines.
var __seed = 0x9e3779b9;
function seed(s) { __seed = s >>> 0 || 1; }
function rnd(n) { var x = __seed; x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; __seed = x; return x % n; }
`;

const EPILOGUE = `\nvar __text = __lines.join('\\n'); if (typeof __n10Return === 'function') __n10Return(__text); else process.stdout.write(__text + '\\n');\n`;

export function runOracle(body: string): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'n10-buffer-')), 'case.js');
  fs.writeFileSync(file, PRELUDE + body + EPILOGUE);
  try {
    const outText = execFileSync(ORACLE, [file], { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    return outText.replace(/\n$/, '').split('\n');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

export function runLocal(body: string, modules: Record<string, unknown> = {}): string[] {
  let result = '';
  const req = (name: string): unknown => {
    if (name === 'buffer') return buffer;
    if (name in modules) return modules[name];
    throw new Error(`runLocal: no module ${name}`);
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, no-new-func
  const fn = new Function('Buffer', 'require', '__n10Return', PRELUDE + body + EPILOGUE);
  fn(buffer.Buffer, req, (text: string) => {
    result = text;
  });
  return result.split('\n');
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
