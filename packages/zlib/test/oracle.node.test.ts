// Differential tests: each test/diff/*.js script prints what it observes, under node v0.10.19
// and against n10's zlib; every line must match.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import { setHandleClass } from '../src/handle';
import { firstDifference, runLocal, runOracle } from './helpers/oracle';

const dir = path.join(__dirname, 'diff');
const titles: Record<string, string> = {
  'bytes.js': 'Options: compressed bytes for each level, strategy, windowBits and memLevel match node 0.10 (Deflate, Gzip, DeflateRaw)',
  'face.js': 'the module face (keys, constants, codes, names, lengths, prototypes, own properties) matches node 0.10',
  'options.js': 'Options: every check, message, coercion and effect matches node 0.10',
  'errors.js': "'error' events (messages, errno, code, order) and truncated, concatenated and trailing input match node 0.10",
  'flush-reset-close.js': 'zlib.flush(callback), zlib.reset() and close(): bytes, callbacks and event order match node 0.10',
  'flush-fuzz.js': 'zlib.flush(callback): 200 random write/flush sequences give node 0.10\'s bytes, data event by data event',
  'dictionary.js': 'Options: dictionary (deflate, inflate, raw, gzip, unzip, short and long ones, reset) matches node 0.10',
  'convenience-bytes.js': 'the convenience methods (deflate, deflateRaw, gzip): node 0.10\'s bytes for prose, incompressible data, zeros, mixed and 1 MiB inputs',
  'convenience.js': 'the convenience methods (deflate, deflateRaw, gzip, gunzip, inflate, inflateRaw, unzip): results, errors and order match node 0.10',
  'streams.js': 'the classes as streams (chunkSize, backpressure, pipe, setEncoding, events, Unzip bytewise) match node 0.10',
};

// Decompression (and the convenience methods' compression) runs on the binding when the host
// has it (handle.ts); these scripts also run with the portable handle for every mode.
const inflating = ['errors.js', 'streams.js', 'dictionary.js', 'convenience.js', 'convenience-bytes.js', 'flush-reset-close.js'];

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  const body = fs.readFileSync(path.join(dir, file), 'utf8');
  const title = titles[file] || `${file} matches node 0.10`;
  let expected: string[] | undefined;
  // Serial: each runs the oracle and a timing-sensitive script; in parallel they starve each other.
  test.serial(title, async (t) => {
    expected = runOracle(body);
    const actual = await runLocal(body);
    t.true(expected.length > 3, 'the oracle printed the case');
    t.is(firstDifference(expected, actual), undefined);
  });
  if (!inflating.includes(file)) continue;
  test.serial(`${title} (portable handle for decompression too)`, async (t) => {
    setHandleClass(null);
    try {
      const actual = await runLocal(body);
      t.is(firstDifference(expected || runOracle(body), actual), undefined);
    } finally {
      setHandleClass(undefined);
    }
  });
}
