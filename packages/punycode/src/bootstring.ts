// Punycode (RFC 3492 Bootstring with the Punycode parameters, §5), written from the RFC.
//
// Matches Punycode.js 1.2.0 as node 0.10 bundles it, including how it treats input the RFC
// calls invalid: the digit of a character is found by three range tests that also map some
// punctuation to small or negative digits, and every other character is an overflow.
import { ucs2decode, ucs2encode } from './ucs2';

const MAX_INT = 0x7fffffff;
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const DELIMITER = '-';

const MESSAGES = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
} as const;

// Named as 0.10's punycode.js helper (a stack through its RangeError shows `error`).
function error(kind: keyof typeof MESSAGES): never {
  throw sited(new RangeError(MESSAGES[kind]), 60, '\t\tthrow RangeError(errors[type]);', '\t\t      ^');
}

// Where 0.10's punycode.js threw: the n10 runtime keeps a registry of throw sites (by error) and
// shows an uncaught error's site on stderr as 0.10 did; without the runtime there is none.
const THROW_SITES = Symbol.for('n10.throwSites');
function sited<E extends Error>(er: E, line: number, text: string, caret: string): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'punycode.js', line, text, caret });
  return er;
}


/** RFC 3492 §6.1 bias adaptation. */
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return Math.floor(k + ((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/**
 * The digit value of a basic code point. Written as 1.2.0's unsigned-looking range tests,
 * which are signed in JavaScript: '*' is 20, ':' is -7, '[' is -6 (0.10 decodes them so).
 */
function digitOf(code: number): number {
  if (code - 48 < 10) return code - 22; // '0'..'9' -> 26..35
  if (code - 65 < 26) return code - 65; // 'A'..'Z' -> 0..25
  if (code - 97 < 26) return code - 97; // 'a'..'z' -> 0..25
  return BASE;
}

/** 0..25 -> 'a'..'z', 26..35 -> '0'..'9' (always lowercase, as 1.2.0 emits). */
function basicOf(digit: number): string {
  return String.fromCharCode(digit < 26 ? digit + 97 : digit + 22);
}

/** The threshold t for position k (RFC 3492 §6.2 / §6.3). */
function threshold(k: number, bias: number): number {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

/** punycode.decode(string): Punycode ASCII -> Unicode string. */
export function decode(input: string): string {
  const output: number[] = [];
  const inputLength = input.length;
  let basic = input.lastIndexOf(DELIMITER);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; ++j) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) error('not-basic');
    output.push(code);
  }

  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let index = basic > 0 ? basic + 1 : 0;
  while (index < inputLength) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= inputLength) error('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) error('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) error('overflow');
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) error('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

/** punycode.encode(string): Unicode string -> Punycode ASCII. */
export function encode(inputString: string): string {
  const input = ucs2decode(inputString);
  const inputLength = input.length;
  let output = '';
  for (let j = 0; j < inputLength; ++j) {
    if (input[j] < 0x80) output += String.fromCharCode(input[j]);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output += DELIMITER;

  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < inputLength) {
    // The smallest code point not yet handled.
    let m = MAX_INT;
    for (let j = 0; j < inputLength; ++j) {
      if (input[j] >= n && input[j] < m) m = input[j];
    }
    const handledPlusOne = handled + 1;
    if (m - n > Math.floor((MAX_INT - delta) / handledPlusOne)) error('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (let j = 0; j < inputLength; ++j) {
      const current = input[j];
      if (current < n && ++delta > MAX_INT) error('overflow');
      if (current !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += basicOf(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += basicOf(q);
      bias = adapt(delta, handledPlusOne, handled === basicLength);
      delta = 0;
      ++handled;
    }
    ++delta;
    ++n;
  }
  return output;
}
