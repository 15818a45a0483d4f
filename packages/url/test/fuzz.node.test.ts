// Fuzz: 100k deterministic inputs (URL pieces, and raw random UTF-16 units) through
// url.parse and url.format, checked against the oracle (node v0.10.19) input by input:
// n10 throws exactly where 0.10 throws; f(x) = format(parse(x)) is 0.10's; f is stable —
// f(f(x)) = f(x) — wherever 0.10's is (0.10 itself is not, for a few in 10^4 inputs; those
// must match 0.10's second round). The test finishing under ava's timeout shows no hang.
import test from 'ava';
import url from '@n10/url';
import { randomUrls } from './fuzz-inputs';
import { prng, runOracle } from '../../../tools/test-oracle';

function randomUnits(count: number, seed: number): string[] {
  const random = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const length = Math.floor(random() * 24);
    for (let j = 0; j < length; j++) {
      const r = random();
      // Mostly printable ASCII, some controls, some BMP and surrogate units.
      const code = r < 0.8 ? 32 + Math.floor(random() * 95) : r < 0.88 ? Math.floor(random() * 32) : Math.floor(random() * 0x10000);
      s += String.fromCharCode(code);
    }
    out.push(r0(i) + s);
  }
  return out;
  function r0(i: number): string {
    return ['', 'http://', 'https://u:p@', 'mailto:', '//', 'javascript:', 'foo:'][i % 7];
  }
}

const ORACLE_SCRIPT = `
var url = require('url');
var input = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
function f(x) { return url.format(url.parse(x)); }
var out = input.map(function (x) {
  var r = [];
  try { var once = f(x); r.push(once); r.push(f(once)); } catch (e) { r.push('THROW ' + e.name); }
  try { url.parse(x, true); r.push(0); } catch (e) { r.push('THROW ' + e.name); }
  return r;
});
process.stdout.write(escapeJson(JSON.stringify(out)));
`;

function f(x: string): string {
  return url.format(url.parse(x));
}

test('url fuzz (100k inputs): throws only where 0.10 throws, format(parse(x)) as 0.10 and stable', (t) => {
  const inputs = [...randomUrls(60000, 1234), ...randomUnits(40000, 4321)];
  const want = runOracle(ORACLE_SCRIPT, inputs) as unknown[][];
  t.is(want.length, inputs.length);
  let mismatches = 0;
  let unstable = 0;
  let throwing = 0;
  inputs.forEach((x, i) => {
    const got: unknown[] = [];
    try {
      const once = f(x);
      got.push(once, f(once));
      if (got[0] !== got[1]) unstable++;
    } catch (e) {
      got.push(`THROW ${(e as Error).name}`);
      throwing++;
    }
    try {
      url.parse(x, true);
      got.push(0);
    } catch (e) {
      got.push(`THROW ${(e as Error).name}`);
    }
    if (JSON.stringify(got) !== JSON.stringify(want[i]) && mismatches++ < 8) t.log(JSON.stringify(x), got, want[i]);
  });
  t.log(`${throwing} inputs throw (URIError: malformed % in the auth) and ${unstable} are not stable, as in 0.10`);
  t.is(mismatches, 0);
});
