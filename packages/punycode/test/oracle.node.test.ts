// Differential test: 20k deterministic random strings through every punycode function, here
// and under the oracle (node v0.10.19), compared result by result (or error by error).
import test from 'ava';
import punycode from '@n10/punycode';
import { randomStrings, runOracle } from '../../../tools/test-oracle';

const ORACLE_SCRIPT = `
var p = require('punycode');
var inputs = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
function t(f, x) { try { return f(x); } catch (e) { return 'THROW ' + e.name + ': ' + e.message; } }
var out = inputs.map(function (x) {
  return [t(p.decode, x), t(p.encode, x), t(p.toASCII, x), t(p.toUnicode, x), t(p.ucs2.decode, x)];
});
process.stdout.write(escapeJson(JSON.stringify(out)));
`;

function attempt(f: (x: string) => unknown, x: string): unknown {
  try {
    return f(x);
  } catch (e) {
    const err = e as Error;
    return `THROW ${err.name}: ${err.message}`;
  }
}

test('punycode.decode/encode/toASCII/toUnicode/ucs2.decode agree with node 0.10 on 20k random strings', (t) => {
  const alphabet = ['a', 'z', 'A', 'Z', '0', '9', '-', '-', '*', ':', '[', '`', '{', '~', ' ', '\t', '.', 'xn--',
    'ü', 'é', '中', '\u3002', '\uFF0E', '😀', '\uD800', '\uDC00', '\u{10FFFF}'];
  const inputs = [
    ...randomStrings(10000, alphabet, 14, 7),
    ...randomStrings(8000, 'abcxyz0189-*:[`{~ '.split(''), 40, 9),
    ...randomStrings(2000, ['\u{10FFFF}', '\u{10000}', 'a', '\uFFFF', '-'], 200, 3),
  ];
  const want = runOracle(ORACLE_SCRIPT, inputs) as unknown[];
  let mismatches = 0;
  inputs.forEach((x, i) => {
    const got = [attempt(punycode.decode, x), attempt(punycode.encode, x), attempt(punycode.toASCII, x),
      attempt(punycode.toUnicode, x), attempt(punycode.ucs2.decode, x)];
    if (JSON.stringify(got) !== JSON.stringify(want[i]) && mismatches++ < 5) t.log(JSON.stringify(x), got, want[i]);
  });
  t.is(want.length, inputs.length);
  t.is(mismatches, 0);
});
