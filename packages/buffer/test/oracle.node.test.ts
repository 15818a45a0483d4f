// Differential tests: each test/diff/*.js script prints what it observes, under node v0.10.19
// and against n10's buffer; every line must match. The scripts cover every encoding with
// random and invalid input, argument coercion of every method, and every read/write method at
// its bounds.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { firstDifference, runLocal, runOracle } from './helpers/oracle';

const dir = path.join(__dirname, 'diff');
const cases: Array<[string, string]> = [
  ['decode.js', 'toString of random and invalid bytes in every encoding matches node 0.10'],
  ['encode.js', 'byteLength, new Buffer(str, enc) and buf.write() of random strings match node 0.10'],
  ['args.js', 'toString/slice/copy/fill/write/concat/new Buffer argument coercion matches node 0.10'],
  ['numbers.js', 'buf.read*/write* at the bounds, with and without noAssert, match node 0.10'],
  ['misc.js', 'inspect, INSPECT_MAX_BYTES, toJSON, isBuffer, isEncoding, SlowBuffer and the module shape match node 0.10'],
];

for (const [file, title] of cases) {
  test(title, (t) => {
    const body = fs.readFileSync(path.join(dir, file), 'utf8');
    const expected = runOracle(body);
    const actual = runLocal(body);
    t.true(expected.length > 10, 'the oracle printed the case');
    t.is(firstDifference(expected, actual), undefined);
  });
}
