// Differential tests: deterministic random paths through every path function, here and
// under the oracle (node v0.10.19), compared call by call. The win32 flavour is compared
// with 0.10's own win32 path code, loaded in the oracle with process.platform = 'win32'.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import process from '@n10/process';
import * as posix from '../src/posix';
import * as win32 from '../src/win32';
import { randomStrings, runOracle } from '../../../tools/test-oracle';

type Flavour = typeof posix | typeof win32;
type Call = [string, ...string[]];

const ORACLE_SCRIPT = `
var input = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
var p = require('path');
if (input.win32) {
  var src = process.binding('natives').path;
  var fake = { platform: 'win32', cwd: function () { return input.cwd; }, env: input.env };
  var m = { exports: {} };
  require('vm').runInThisContext('(function (exports, require, module, process) {' + src + '\\n})')(m.exports, require, m, fake);
  p = m.exports;
}
var out = input.calls.map(function (c) {
  try { return p[c[0]].apply(p, c.slice(1)); } catch (e) { return 'THROW ' + e.name + ': ' + e.message; }
});
process.stdout.write(escapeJson(JSON.stringify(out)));
`;

function makeCalls(pieces: string[], seed: number): Call[] {
  const xs = randomStrings(3000, pieces, 7, seed);
  const calls: Call[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = xs[(i * 7 + 1) % xs.length];
    const z = xs[(i * 13 + 5) % xs.length];
    calls.push(['normalize', x], ['join', x, y], ['join', x, y, z], ['resolve', x], ['resolve', x, y, z],
      ['relative', x, y], ['dirname', x], ['basename', x], ['basename', x, y.slice(-2)], ['extname', x], ['_makeLong', x]);
  }
  return calls;
}

function apply(flavour: Flavour, call: Call): unknown {
  const [name, ...args] = call;
  const fn = name === '_makeLong' ? flavour.makeLong : (flavour as unknown as Record<string, (...a: string[]) => string>)[name];
  try {
    return fn(...args);
  } catch (e) {
    const err = e as Error;
    return `THROW ${err.name}: ${err.message}`;
  }
}

function compare(t: import('ava').ExecutionContext, flavour: Flavour, calls: Call[], want: unknown[]): void {
  let mismatches = 0;
  calls.forEach((c, i) => {
    const got = apply(flavour, c);
    if (JSON.stringify(got) !== JSON.stringify(want[i]) && mismatches++ < 8) t.log(JSON.stringify(c), '->', got, 'oracle:', want[i]);
  });
  t.is(want.length, calls.length);
  t.is(mismatches, 0);
}

test.serial('POSIX path.* agree with node 0.10 on 33k random calls', (t) => {
  const cwd = fs.realpathSync(fs.mkdtempSync(nodePath.join(os.tmpdir(), 'n10-path-')));
  const saved = process.cwd;
  process.cwd = () => cwd;
  t.teardown(() => {
    process.cwd = saved;
    fs.rmSync(cwd, { recursive: true, force: true });
  });
  const calls = makeCalls(['/', '/', '.', '..', 'a', 'b.c', '.d', 'e.', ' ', '\\', '//', 'x'], 11);
  const want = runOracle(ORACLE_SCRIPT, { win32: false, calls }, cwd) as unknown[];
  compare(t, posix, calls, want);
});

test.serial('win32 path.* agree with node 0.10\'s win32 path on 33k random calls', (t) => {
  const saved = { cwd: process.cwd, env: process.env };
  const cwd = 'C:\\Users\\Me\\dir';
  const env = { '=D:': 'D:\\work\\x', '=E:': 'C:\\not-e' };
  process.cwd = () => cwd;
  process.env = env;
  t.teardown(() => {
    process.cwd = saved.cwd;
    process.env = saved.env;
  });
  const calls = makeCalls(['/', '\\', '\\\\', '//', '.', '..', 'a', 'B.c', '.d', 'C:', 'c:', 'd:', 'e:', 'srv', ' ', 'x'], 12);
  const want = runOracle(ORACLE_SCRIPT, { win32: true, cwd, env, calls }) as unknown[];
  compare(t, win32, calls, want);
});
