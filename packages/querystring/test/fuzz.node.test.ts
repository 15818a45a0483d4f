// Fuzz: 100k deterministic query strings (pieces, and raw random UTF-16 units) through
// querystring.parse and stringify, checked against the oracle (node v0.10.19) input by
// input: n10 throws exactly where 0.10 throws, parse(x) and stringify(parse(x)) are 0.10's,
// and the round trip parse(stringify(parse(x))) = parse(x) holds wherever it holds in 0.10.
// Malformed escapes go through the real unescape (bytes, then Buffer's UTF-8 decoding).
// The test finishing under ava's timeout shows no hang.
import test from 'ava';
import querystring from '@n10/querystring';
import { prng, randomStrings, runOracle } from '../../../tools/test-oracle';

const PIECES = ['a', 'b', 'key', '=', '=', '&', '&', '&', '+', '%', '%2', '%20', '%zz', '%E9', '%C3%A9', '%F0%9F%98%80',
  'é', '中', ';', ':', '\uD800', ' ', '%%', '%4', '%3D', '%26', '%2B', '__proto__', 'constructor', '0', '1', '[]', '[x]'];

function randomUnits(count: number, seed: number): string[] {
  const random = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = Math.floor(random() * 20);
    for (let j = 0; j < length; j++) {
      const r = random();
      s += String.fromCharCode(r < 0.85 ? 32 + Math.floor(random() * 95) : Math.floor(random() * 0x10000));
    }
    out.push(s);
  }
  return out;
}

const ORACLE_SCRIPT = `
var qs = require('querystring');
var input = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
var out = input.map(function (x) {
  try {
    var once = qs.parse(x);
    var text = qs.stringify(once);
    return [once, text, JSON.stringify(qs.parse(text)) === JSON.stringify(once)];
  } catch (e) { return 'THROW ' + e.name; }
});
process.stdout.write(escapeJson(JSON.stringify(out)));
`;

test('querystring fuzz (100k inputs): throws only where 0.10 throws, parse/stringify as 0.10, round trip stable as in 0.10', (t) => {
  const inputs = [...randomStrings(60000, PIECES, 12, 77), ...randomUnits(40000, 78)];
  const want = runOracle(ORACLE_SCRIPT, inputs) as unknown[];
  t.is(want.length, inputs.length);
  let mismatches = 0;
  let throwing = 0;
  let unstable = 0;
  inputs.forEach((x, i) => {
    let got: unknown;
    try {
      const once = querystring.parse(x);
      const text = querystring.stringify(once);
      const stable = JSON.stringify(querystring.parse(text)) === JSON.stringify(once);
      if (!stable) unstable++;
      got = [once, text, stable];
    } catch (e) {
      got = `THROW ${(e as Error).name}`;
      throwing++;
    }
    if (JSON.stringify(got) !== JSON.stringify(want[i]) && mismatches++ < 8) t.log(JSON.stringify(x), got, want[i]);
  });
  t.log(`${throwing} inputs throw (URIError: lone surrogates in stringify) and ${unstable} round trips differ, as in 0.10`);
  t.is(mismatches, 0);
});
