// Differential tests: deterministic random URL-shaped strings through url.parse (each option),
// url.format and url.resolve, here and under the oracle (node v0.10.19), field by field.
import test from 'ava';
import querystring from '@n10/querystring';
import url from '@n10/url';
import { BASES, randomUrls } from './fuzz-inputs';
import { runOracle } from '../../../tools/test-oracle';

const ORACLE_SCRIPT = `
var url = require('url');
var qs = require('querystring');
var input = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
function t(f) { try { return f(); } catch (e) { return 'THROW ' + e.name; } }
qs.unescape = function (s, d) { return 'U(' + s + ',' + d + ')'; };
function fields(u) {
  if (typeof u !== 'object' || u === null) return u;
  var o = {};
  Object.keys(u).forEach(function (k) { o[k] = u[k]; });
  return o;
}
var out = input.urls.map(function (x, i) {
  var base = input.bases[i % input.bases.length];
  return [
    t(function () { return fields(url.parse(x)); }),
    t(function () { return fields(url.parse(x, true)); }),
    t(function () { return fields(url.parse(x, false, true)); }),
    t(function () { return url.format(url.parse(x)); }),
    t(function () { return url.resolve(base, x); }),
    t(function () { return url.resolve(x, base); }),
    t(function () { return fields(url.resolveObject(base, x)); })
  ];
});
process.stdout.write(escapeJson(JSON.stringify(out)));
`;

function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return `THROW ${(e as Error).name}`;
  }
}

function fields(u: unknown): unknown {
  return typeof u === 'object' && u !== null ? { ...u } : u;
}

function runHere(urls: string[], bases: string[]): unknown[] {
  return urls.map((x, i) => {
    const base = bases[i % bases.length];
    return [
      attempt(() => fields(url.parse(x))),
      attempt(() => fields(url.parse(x, true))),
      attempt(() => fields(url.parse(x, false, true))),
      attempt(() => url.format(url.parse(x))),
      attempt(() => url.resolve(base, x)),
      attempt(() => url.resolve(x, base)),
      attempt(() => fields(url.resolveObject(base, x))),
    ];
  });
}

const NAMES = ['parse', 'parse(,true)', 'parse(,,true)', 'format(parse)', 'resolve(base,x)', 'resolve(x,base)', 'resolveObject'];

// querystring.unescape (parse(x, true) on malformed '%') is replaced by a marker on both
// sides: the real one needs @n10/buffer, and what is tested here is url's use of it.
test('url.parse/format/resolve/resolveObject agree with node 0.10 on 20k random URL-shaped strings', (t) => {
  const saved = querystring.unescape;
  querystring.unescape = (s, d) => `U(${s},${d})`;
  t.teardown(() => {
    querystring.unescape = saved;
  });
  const urls = randomUrls(20000, 31);
  const want = runOracle(ORACLE_SCRIPT, { urls, bases: BASES }) as unknown[][];
  const got = runHere(urls, BASES) as unknown[][];
  t.is(want.length, urls.length);
  let mismatches = 0;
  urls.forEach((x, i) => {
    for (let k = 0; k < NAMES.length; k++) {
      if (JSON.stringify(got[i][k]) === JSON.stringify(want[i][k])) continue;
      if (mismatches++ < 10) t.log(NAMES[k], JSON.stringify(x), 'base', JSON.stringify(BASES[i % BASES.length]), '\n n10:', JSON.stringify(got[i][k]), '\n 0.10:', JSON.stringify(want[i][k]));
    }
  });
  t.is(mismatches, 0);
});

const FORMAT_SCRIPT = `
var url = require('url');
var input = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
var out = input.map(function (o) { try { return url.format(o); } catch (e) { return 'THROW ' + e.name; } });
process.stdout.write(escapeJson(JSON.stringify(out)));
`;

const FIELD_VALUES: Record<string, unknown[]> = {
  protocol: [undefined, null, '', 'http', 'http:', 'HTTP:', 'mailto', 'mailto:', 'file', 'foo:', 'javascript:'],
  slashes: [undefined, null, true, false],
  auth: [undefined, null, '', 'user', 'user:pass', 'us er:p@ss:x', 'ü:%'],
  host: [undefined, null, '', 'a.com', 'a.com:81', '[::1]:80'],
  hostname: [undefined, null, '', 'b.org', '::1', 'xn--maana-pta.com'],
  port: [undefined, null, '', 8080, '81'],
  pathname: [undefined, null, '', '/', 'p/a/t/h', '/a?b#c', '/x y', 'a'],
  search: [undefined, null, '', '?', '?a=1', 'b=2', '?x#y'],
  query: [undefined, null, '', 'raw=1', {}, { a: '1', b: ['x', 'y'] }, { 'k y': 'v&w' }],
  hash: [undefined, null, '', '#', 'frag', '#f#g'],
};

test('url.format(urlObj) agrees with node 0.10 on 6k random URL objects', (t) => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const objects: Array<Record<string, unknown>> = [];
  for (let i = 0; i < 6000; i++) {
    const o: Record<string, unknown> = {};
    for (const [k, values] of Object.entries(FIELD_VALUES)) {
      const v = values[Math.floor(random() * values.length)];
      if (v !== undefined) o[k] = v;
    }
    objects.push(o);
  }
  const want = runOracle(FORMAT_SCRIPT, objects) as unknown[];
  let mismatches = 0;
  objects.forEach((o, i) => {
    const got = attempt(() => url.format(o));
    if (got !== want[i] && mismatches++ < 8) t.log(JSON.stringify(o), '\n n10:', got, '\n 0.10:', want[i]);
  });
  t.is(want.length, objects.length);
  t.is(mismatches, 0);
});
