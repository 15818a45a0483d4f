// Random values (fixtures/inspect-fuzz.js, seeded) through util.inspect and util.format, under
// node 0.10 and on n10's sources: every line must be identical.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const oracle = process.env.N10_ORACLE || path.resolve(root, 'tools/node010');
const fixture = path.join(__dirname, 'fixtures/inspect-fuzz.js');
const shim = path.join(__dirname, 'helpers/host-shim.cjs');
const env = { ...process.env, TZ: 'UTC', NODE_OPTIONS: '' };

for (const seed of [11, 12, 13]) {
  test(`util.inspect and util.format of 1500 random values (seed ${seed}) match node 0.10`, (t) => {
    const args = [fixture, String(seed), '1500'];
    const want = spawnSync(oracle, args, { encoding: 'utf8', env, maxBuffer: 256 << 20 });
    const got = spawnSync(process.execPath, ['--require', 'tsx/cjs', '--conditions=n10-source', '--require', shim, ...args], {
      encoding: 'utf8', env, maxBuffer: 256 << 20,
    });
    t.is(got.status, 0, got.stderr);
    const a = want.stdout.split('\n');
    const b = got.stdout.split('\n');
    t.is(a.length, 3001);
    const first = a.findIndex((line, i) => line !== b[i]);
    t.is(first, -1, first >= 0 ? `line ${first + 1}:\n  node 0.10: ${a[first]}\n  n10:       ${b[first]}` : '');
  });
}
