// Differential fuzzing: fixtures/fuzz.js (random sources against random consumers) and
// fixtures/fuzz-transform.js (random writers into Writables and Transforms) run a thousand
// or two seeds on node 0.10 and here on n10; every printed event and state must agree.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runProgram } from './helpers/es5';
import { ORACLE } from './helpers/oracle';

// Seed counts that, among other things, reach the needDrain reset of seed 1818.
const RUNS: Array<[string, number]> = [
  ['fuzz', 2000],
  ['fuzz-transform', 1000],
];

for (const [name, SEEDS] of RUNS) {
  test.serial(`${name}: ${SEEDS} random stream programs print what node 0.10 prints`, async (t) => {
    const file = path.join(__dirname, 'fixtures', `${name}.js`);
    const want = execFileSync(ORACLE, [file, '1', String(SEEDS)], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
    const source = `${fs.readFileSync(file, 'utf8')}\nrun(require('stream'), 1, ${SEEDS}, function (l) { console.log(l); }, function () {});\n`;
    const got = await runProgram(source, 120_000);
    t.true(want.split('\n').length > SEEDS * 10, 'the programs print');
    const a = want.split('\n');
    const b = got.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    if (at >= 0) t.log(`first difference at line ${at + 1}:\n  node 0.10: ${a[at]}\n  n10:       ${b[at]}`);
    t.is(at, -1);
    t.is(b.length, a.length);
  });
}
