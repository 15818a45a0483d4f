// Differential tests: each test/diff/*.js script prints what it observes, under node v0.10.19
// and against n10's zlib; every line must match.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { firstDifference, runLocal, runOracle } from './helpers/oracle';

const dir = path.join(__dirname, 'diff');
const titles: Record<string, string> = {
  'bytes.js': 'compressed bytes for each level, strategy, windowBits and memLevel match node 0.10 (Deflate, Gzip, DeflateRaw)',
};

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  test(titles[file] || `${file} matches node 0.10`, async (t) => {
    const body = fs.readFileSync(path.join(dir, file), 'utf8');
    const expected = runOracle(body);
    const actual = await runLocal(body);
    t.true(expected.length > 3, 'the oracle printed the case');
    t.is(firstDifference(expected, actual), undefined);
  });
}
