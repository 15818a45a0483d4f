// Deterministic fuzz (fixed seeds, 120 000 random byte strings and strings): every encoding
// round-trips, and toString, write, byteLength and _charsWritten agree with each other, on
// both the short (plain JS) and long (TextEncoder/TextDecoder) paths. Exact agreement with
// node 0.10 itself is checked by oracle.node.test.ts.
import test from 'ava';
import buffer from '../src/index';
import type { BufferInstance } from '../src/index';
import { hex, units } from './helpers/assert';

const { Buffer } = buffer;
const B = Buffer as unknown as new (...args: unknown[]) => BufferInstance;
const CASES = 60_000;

function prng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

const SPECIAL = [0x00, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf7, 0xf8, 0xff, 0xa0, 0x9f];

function randomBytes(rnd: (n: number) => number): BufferInstance {
  const n = rnd(8) === 0 ? 32 + rnd(100) : rnd(24);
  const b = new B(n);
  const mode = rnd(4);
  for (let i = 0; i < n; i++) {
    if (mode === 0) b[i] = rnd(256);
    else if (mode === 1) b[i] = SPECIAL[rnd(SPECIAL.length)];
    else if (mode === 2) b[i] = rnd(3) ? 0x80 + rnd(64) : 0xc0 + rnd(56);
    else b[i] = rnd(6) ? rnd(128) : 0x80 + rnd(128);
  }
  return b;
}

function randomString(rnd: (n: number) => number): string {
  const n = rnd(8) === 0 ? 32 + rnd(80) : rnd(16);
  let s = '';
  for (let i = 0; i < n; i++) {
    switch (rnd(7)) {
      case 0: s += String.fromCharCode(0xd800 + rnd(0x400), 0xdc00 + rnd(0x400)); break; // a pair
      case 1: s += String.fromCharCode(0xd800 + rnd(0x800)); break; // a lone surrogate
      case 2: s += String.fromCharCode(0x80 + rnd(0x780)); break;
      case 3: s += String.fromCharCode(0x800 + rnd(0xd000)); break;
      case 4: s += String.fromCharCode(rnd(256)); break;
      default: s += String.fromCharCode(0x20 + rnd(95));
    }
  }
  return s;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && hex(a) === hex(b);
const hasPair = (s: string): boolean => /[\ud800-\udbff][\udc00-\udfff]/.test(s);

test('fuzz: random bytes round-trip through every encoding; byteLength and toString agree', (t) => {
  const rnd = prng(0xb0f);
  let failures = 0;
  const fail = (what: string, b: Uint8Array): void => {
    if (failures++ < 5) t.fail(`${what}: <${hex(b)}>`);
  };
  for (let k = 0; k < CASES; k++) {
    const b = randomBytes(rnd);
    const len = b.length;
    const h = b.toString('hex');
    if (h.length !== 2 * len || Buffer.byteLength(h, 'hex') !== len || !sameBytes(new B(h, 'hex'), b)) fail('hex', b);
    const s64 = b.toString('base64');
    if (s64.length !== Math.ceil(len / 3) * 4 || Buffer.byteLength(s64, 'base64') !== len || !sameBytes(new B(s64, 'base64'), b)) fail('base64', b);
    const bin = b.toString('binary');
    if (bin.length !== len || Buffer.byteLength(bin, 'binary') !== len || !sameBytes(new B(bin, 'binary'), b)) fail('binary', b);
    const asciiBack = new B(b.toString('ascii'), 'ascii');
    for (let i = 0; i < len; i++) if (asciiBack[i] !== ((b[i] & 0x7f) || 0x20)) { fail('ascii', b); break; }
    if (len % 2 === 0) {
      const u = b.toString('ucs2');
      if (u.length !== len / 2 || Buffer.byteLength(u, 'ucs2') !== len || !sameBytes(new B(u, 'ucs2'), b)) fail('ucs2', b);
    }
    const s = b.toString('utf8');
    const back = new B(s);
    if (Buffer.byteLength(s) !== back.length || back.toString() !== s) fail('utf8 string round trip', b);
    if (s.indexOf('\ufffd') < 0 && !hasPair(s) && !sameBytes(back, b)) fail('utf8 byte round trip', b);
    const from = rnd(len + 1);
    const to = from + rnd(len - from + 1);
    for (const enc of ['utf8', 'ucs2', 'ascii', 'binary', 'base64', 'hex']) {
      if (b.toString(enc, from, to) !== b.slice(from, to).toString(enc)) fail(`${enc} toString(start, end) vs slice`, b);
    }
  }
  t.is(failures, 0);
});

test('fuzz: random strings encode consistently; partial writes stop on character boundaries', (t) => {
  const rnd = prng(0x5eed);
  let failures = 0;
  const fail = (what: string, s: string): void => {
    if (failures++ < 5) t.fail(`${what}: [${units(s)}]`);
  };
  for (let k = 0; k < CASES; k++) {
    const s = randomString(rnd);
    const utf8 = new B(s);
    if (utf8.length !== Buffer.byteLength(s) || utf8.toString() !== s) fail('utf8 round trip', s);
    const ucs2 = new B(s, 'ucs2');
    if (ucs2.length !== 2 * s.length || ucs2.toString('ucs2') !== s) fail('ucs2 round trip', s);
    const bin = new B(s, 'binary');
    if (bin.length !== s.length) fail('binary length', s);
    for (let i = 0; i < s.length; i++) if (bin[i] !== (s.charCodeAt(i) & 0xff)) { fail('binary bytes', s); break; }

    // A write into k bytes: what was written is exactly the first _charsWritten characters.
    const room = rnd(utf8.length + 2);
    const buf = new B(room);
    const n = buf.write(s);
    const chars = Buffer._charsWritten as number;
    const head = s.slice(0, chars);
    if (n > room || buf.toString('utf8', 0, n) !== head || Buffer.byteLength(head) !== n) fail(`utf8 write into ${room}`, s);
    // A pair split by the write (its lead written alone) happens only with exactly 3 bytes left.
    const split = chars > 0 && chars < s.length && (s.charCodeAt(chars - 1) & 0xfc00) === 0xd800 && (s.charCodeAt(chars) & 0xfc00) === 0xdc00;
    if (split && room !== n) fail(`utf8 write split a pair with room to spare (${room})`, s);
    if (chars < s.length) {
      const c = s.charCodeAt(chars);
      const next = c >= 0xd800 && c <= 0xdbff && chars + 1 < s.length && (s.charCodeAt(chars + 1) & 0xfc00) === 0xdc00 ? 4 : Buffer.byteLength(s[chars]);
      // (With exactly 3 bytes left, 0.10 writes a pair's lead surrogate alone.)
      if (next <= room - n || (next === 4 && room - n === 3)) fail(`utf8 write stopped early into ${room}`, s);
    }
    const uroom = rnd(2 * s.length + 2);
    const ubuf = new B(uroom);
    const un = ubuf.write(s, 'ucs2');
    if (un !== 2 * Math.min(s.length, uroom >> 1) || Buffer._charsWritten !== un / 2 || ubuf.toString('ucs2', 0, un) !== s.slice(0, un / 2)) fail(`ucs2 write into ${uroom}`, s);
  }
  t.is(failures, 0);
});

test('fuzz: hex and base64 strings (any case, URL-safe, with whitespace) decode to their bytes', (t) => {
  const rnd = prng(0x64);
  let failures = 0;
  for (let k = 0; k < CASES / 6; k++) {
    const b = randomBytes(rnd);
    let h = b.toString('hex');
    if (rnd(2)) h = h.toUpperCase();
    let s64 = b.toString('base64');
    if (rnd(2)) s64 = s64.replace(/\+/g, '-').replace(/\//g, '_');
    if (rnd(2)) s64 = s64.replace(/(.{1,5})/g, (m: string) => m + [' ', '\n', '\r\n', '\t'][rnd(4)]);
    if (!sameBytes(new B(h, 'hex'), b) || !sameBytes(new B(s64, 'base64'), b)) {
      if (failures++ < 5) t.fail(`<${hex(b)}> ${JSON.stringify(s64)}`);
    }
  }
  t.is(failures, 0);
});
