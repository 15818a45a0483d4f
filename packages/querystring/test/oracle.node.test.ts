// Differential tests: deterministic random query strings and objects through parse,
// stringify and the unescapeBuffer byte rules, here and under the oracle (node v0.10.19).
import test from 'ava';
import querystring from '@n10/querystring';
import { percentDecode } from '../src/unescape-buffer';
import { prng, randomStrings, runOracle } from '../../../tools/test-oracle';

type Args = [string, string | null, string | null, { maxKeys: number } | null];

// '4294967295' is left out: V8 3.14 enumerates it among the integer keys and the host
// engine among the string keys (an engine difference, listed in the README).
const PIECES = ['a', 'b', 'k', '=', '=', '&', '&', '+', '%', '%2', '%20', '%zz', '%E9', '%C3%A9', 'é', '中', ';', ':',
  '\uD800', '=>', ' ', '%%', '%4', '%3D', '%26', '__proto__', 'x', '1', '0', '10', '4294967294', '-1'];

const ORACLE_SCRIPT = `
var qs = require('querystring');
var input = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
function t(f) { try { return f(); } catch (e) { return 'THROW ' + e.name; } }
function parseAll() {
  return input.parse.map(function (a) { return t(function () { return qs.parse(a[0], a[1], a[2], a[3]); }); });
}
var real = parseAll();
qs.unescape = function (s, d) { return 'U(' + s + ',' + d + ')'; };
var marked = parseAll();
var bytes = input.bytes.map(function (s) { return Array.prototype.slice.call(qs.unescapeBuffer(s, s.length % 2 === 0)); });
var strings = input.stringify.map(function (a) { return t(function () { return qs.stringify(a[0], a[1], a[2]); }); });
process.stdout.write(escapeJson(JSON.stringify({ real: real, marked: marked, bytes: bytes, strings: strings })));
`;

function attempt(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    return `THROW ${(e as Error).name}`;
  }
}

function makeInput() {
  const random = prng(21);
  const strings = randomStrings(12000, PIECES, 12, 5);
  const parse: Args[] = strings.map((s, i) => {
    const r = random();
    if (r < 0.6) return [s, null, null, null];
    if (r < 0.75) return [s, ';', ':', null];
    if (r < 0.8) return [s, null, '=>', null];
    if (r < 0.84) return [s, '&&', '+', null];
    if (r < 0.88) return [s, 'a', '20', null];
    if (r < 0.9) return [s, '=', '&', null];
    return [s, i % 2 ? ';' : null, null, { maxKeys: (i % 9) / 2 - 0.5 }];
  });
  const stringify: Array<[Record<string, unknown>, string | null, string | null]> = [];
  for (let i = 0; i < 3000; i++) {
    const obj: Record<string, unknown> = {};
    const n = Math.floor(random() * 5);
    for (let j = 0; j < n; j++) {
      const key = strings[(i * 5 + j) % strings.length];
      const r = random();
      obj[key] = r < 0.2 ? [strings[j], j, r < 0.1, null] : r < 0.4 ? j * 1.5 : r < 0.5 ? null : r < 0.55 ? true : strings[i + j];
    }
    stringify.push([obj, random() < 0.2 ? ';' : null, random() < 0.2 ? ':' : null]);
  }
  return { parse, bytes: strings.slice(0, 6000), stringify };
}

const input = makeInput();
const want = runOracle(ORACLE_SCRIPT, input) as { real: unknown[]; marked: unknown[]; bytes: number[][]; strings: unknown[] };

function parseAll(): unknown[] {
  return input.parse.map((a) => attempt(() => querystring.parse(a[0], a[1] ?? undefined, a[2] ?? undefined, a[3] ?? undefined)));
}

function countMismatches(t: import('ava').ExecutionContext, inputs: unknown[], got: unknown[], expected: unknown[]): number {
  let mismatches = 0;
  t.is(got.length, expected.length);
  got.forEach((g, i) => {
    if (JSON.stringify(g) !== JSON.stringify(expected[i]) && mismatches++ < 6) t.log(JSON.stringify(inputs[i]), '->', g, 'oracle:', expected[i]);
  });
  return mismatches;
}

test.serial('querystring.parse agrees with node 0.10 on 12k random strings (unescape replaced by a marker)', (t) => {
  const saved = querystring.unescape;
  querystring.unescape = (s, d) => `U(${s},${d})`;
  t.teardown(() => {
    querystring.unescape = saved;
  });
  t.is(countMismatches(t, input.parse, parseAll(), want.marked), 0);
});

test('querystring.unescapeBuffer byte rules agree with node 0.10 on 6k random strings', (t) => {
  const got = input.bytes.map((s) => {
    const out = new Uint8Array(s.length);
    return Array.from(out.subarray(0, percentDecode(s, s.length % 2 === 0, out)));
  });
  t.is(countMismatches(t, input.bytes, got, want.bytes), 0);
});

test('querystring.stringify agrees with node 0.10 on 3k random objects', (t) => {
  const got = input.stringify.map((a) => attempt(() => querystring.stringify(a[0], a[1] ?? undefined, a[2] ?? undefined)));
  t.is(countMismatches(t, input.stringify, got, want.strings), 0);
});

test('querystring.parse agrees with node 0.10 on 12k random strings (real unescape, through Buffer)', (t) => {
  t.is(countMismatches(t, input.parse, parseAll(), want.real), 0);
});
