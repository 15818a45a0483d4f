// url.parse / url.format / url.resolve over the conformance tables (150 URL shapes, RFC 3986
// §5.4 normal and abnormal examples, everyday resolutions), against node 0.10's results as
// recorded in fixtures/expected.json (regenerate it with fixtures/make-expected.js).
import test from 'ava';
import url from '@n10/url';
import expected from './fixtures/expected.json';

function fields(u: unknown): unknown {
  return typeof u === 'object' && u !== null ? { ...u } : u;
}

test('url.parse(urlStr): every field for 150 URL shapes', (t) => {
  t.is(expected.parse.length, 150);
  for (const row of expected.parse) t.deepEqual(fields(url.parse(row.input)), row.parse, row.input);
});

test('url.parse(urlStr, true): the query as an object for 150 URL shapes', (t) => {
  for (const row of expected.parse) t.deepEqual(fields(url.parse(row.input, true)), row.parseQuery, row.input);
});

test('url.parse(urlStr, false, true): // denotes a host, for 150 URL shapes', (t) => {
  for (const row of expected.parse) t.deepEqual(fields(url.parse(row.input, false, true)), row.slashesDenoteHost, row.input);
});

test('url.format(urlObj): format(parse(u)) for 150 URL shapes', (t) => {
  for (const row of expected.parse) t.is(url.format(url.parse(row.input)), row.format, row.input);
});

test('url.resolve(from, to): RFC 3986 §5.4 examples and everyday pairs as 0.10 resolves them', (t) => {
  t.is(expected.resolve.length, 23 + 19 + 32);
  for (const row of expected.resolve) {
    t.is(url.resolve(row.from, row.to), row.resolved, `${row.from} + ${row.to}`);
    if ('object' in row) t.deepEqual(fields(url.resolveObject(row.from, row.to)), row.object, `${row.from} + ${row.to}`);
  }
});
