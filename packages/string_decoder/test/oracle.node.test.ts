// Differential test: StringDecoder over random chunkings of random (and deliberately broken)
// input, in every encoding, under node v0.10.19 and n10; every line must match.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
// The buffer package's differential harness, with this package's module behind require('string_decoder').
import { firstDifference, runLocal, runOracle } from '../../buffer/test/helpers/oracle';
import stringDecoder from '../src/index';

test('decoder.write()/end() over random chunkings of random bytes match node 0.10 in every encoding', (t) => {
  const body = fs.readFileSync(path.join(__dirname, 'diff/decoder.js'), 'utf8');
  const expected = runOracle(body);
  const actual = runLocal(body, { string_decoder: stringDecoder });
  t.true(expected.length > 1000, 'the oracle printed the cases');
  t.is(firstDifference(expected, actual), undefined);
});
