// @n10/punycode: node 0.10's require('punycode') — Punycode.js 1.2.0's interface and results,
// written from RFC 3492 and the oracle's observable behaviour.
import { decode, encode } from './bootstring';
import { toASCII, toUnicode } from './domain';
import { ucs2decode, ucs2encode } from './ucs2';

export interface Ucs2 {
  /** Code points of a string; a surrogate pair becomes one code point. */
  decode(string: string): number[];
  /** A string from code points (converts the given array in place, as 1.2.0 does). */
  encode(codePoints: number[]): string;
}

export interface Punycode {
  version: string;
  ucs2: Ucs2;
  decode(string: string): string;
  encode(string: string): string;
  toASCII(domain: string): string;
  toUnicode(domain: string): string;
}

const ucs2: Ucs2 = { decode: ucs2decode, encode: ucs2encode };
const version = '1.2.0';

// Same keys in the same order as 0.10's module object.
const punycode: Punycode = { version, ucs2, decode, encode, toASCII, toUnicode };

export { version, ucs2, decode, encode, toASCII, toUnicode };
export default punycode;
