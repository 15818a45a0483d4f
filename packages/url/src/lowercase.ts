// String.prototype.toLowerCase as V8 3.14 (node 0.10) had it, for hostnames.
//
// Its Unicode tables are older than the host engine's: the letters below got lowercase
// forms later (Cherokee, Georgian Mtavruli, Latin extended-D…) and 0.10 leaves them as
// they are; it does not lowercase characters outside the BMP; and it writes a capital
// sigma as final 'ς' whenever the next character is not a letter (today: 'σ' unless a
// cased letter precedes). The list is the difference of the two engines over the BMP.
const UNCHANGED_RANGES = [
  0x37f, 0x37f, 0x528, 0x528, 0x52a, 0x52a, 0x52c, 0x52c, 0x52e, 0x52e, 0x13a0, 0x13f5, 0x1c89, 0x1c89,
  0x1c90, 0x1cba, 0x1cbd, 0x1cbf, 0x2c2f, 0x2c2f, 0xa698, 0xa698, 0xa69a, 0xa69a, 0xa796, 0xa796, 0xa798, 0xa798,
  0xa79a, 0xa79a, 0xa79c, 0xa79c, 0xa79e, 0xa79e, 0xa7ab, 0xa7ae, 0xa7b0, 0xa7b4, 0xa7b6, 0xa7b6, 0xa7b8, 0xa7b8,
  0xa7ba, 0xa7ba, 0xa7bc, 0xa7bc, 0xa7be, 0xa7be, 0xa7c0, 0xa7c0, 0xa7c2, 0xa7c2, 0xa7c4, 0xa7c7, 0xa7c9, 0xa7c9,
  0xa7cb, 0xa7cc, 0xa7ce, 0xa7ce, 0xa7d0, 0xa7d0, 0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7d6, 0xa7d6, 0xa7d8, 0xa7d8,
  0xa7da, 0xa7da, 0xa7dc, 0xa7dc, 0xa7f5, 0xa7f5,
];

function unchanged(c: number): boolean {
  if (c < 0x37f) return false;
  for (let i = 0; i < UNCHANGED_RANGES.length; i += 2) {
    if (c < UNCHANGED_RANGES[i]) return false;
    if (c <= UNCHANGED_RANGES[i + 1]) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;
const CAPITAL_SIGMA = 0x3a3;

const NON_ASCII = /[^\x00-\x7f]/;

export function toLowerCase10(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s.charAt(i);
    if (c < 128) out += ch.toLowerCase();
    else if (c === CAPITAL_SIGMA) out += i + 1 < s.length && LETTER.test(s.charAt(i + 1)) ? '\u03c3' : '\u03c2';
    else if ((c >= 0xd800 && c <= 0xdfff) || unchanged(c)) out += ch;
    else out += ch.toLowerCase();
  }
  return out;
}
