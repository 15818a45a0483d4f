// buf.toString('base64' | 'hex' | 'utf8') and Buffer.byteLength on the long paths, where the
// codecs build their output natively and in chunks: every start/end over unaligned slices,
// past the chunk sizes (32 KiB of hex, 48 KiB of base64), against plain reference encoders
// written here, with @n10/binding's codecs (where the binding is built) and without them;
// utf8 text holding a genuine U+FFFD next to malformed bytes; lone surrogates.
import test from 'ava';
import buffer from '../src/index';
import type { BufferInstance } from '../src/index';
import { units } from './helpers/assert';
import { nativeCodecs, setNativeCodecs } from '../src/codecs/native';

const { Buffer } = buffer;
const B = Buffer as unknown as new (...args: unknown[]) => BufferInstance & { toString(enc?: string, start?: number, end?: number): string };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function refBase64(b: Uint8Array, s: number, e: number): string {
  let out = '';
  let i = s;
  for (; i + 3 <= e; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    out += ALPHABET[v >> 18] + ALPHABET[(v >> 12) & 63] + ALPHABET[(v >> 6) & 63] + ALPHABET[v & 63];
  }
  if (e - i === 1) out += ALPHABET[b[i] >> 2] + ALPHABET[(b[i] << 4) & 63] + '==';
  if (e - i === 2) {
    const v = (b[i] << 8) | b[i + 1];
    out += ALPHABET[v >> 10] + ALPHABET[(v >> 4) & 63] + ALPHABET[(v << 2) & 63] + '=';
  }
  return out;
}
function refHex(b: Uint8Array, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) out += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return out;
}

function filled(n: number): BufferInstance {
  const b = new B(n);
  for (let i = 0; i < n; i++) b[i] = (i * 131 + (i >> 8)) & 255;
  return b;
}

// Each test below runs with the binding's codecs (when there are some) and without them. The
// tests are synchronous, so switching for the length of one cannot leak into another.
const modes: Array<[string, boolean]> = [['portable', false]];
if (nativeCodecs() !== null) modes.push(['native', true]);
function inMode(native: boolean, fn: () => void): void {
  const saved = nativeCodecs();
  setNativeCodecs(native ? saved : null);
  try {
    fn();
  } finally {
    setNativeCodecs(saved);
  }
}

for (const [mode, native] of modes) {
  test(`buf.toString('base64'/'hex', start, end): every span of a pooled (unaligned) buffer (${mode})`, (t) => {
    inMode(native, () => {
      new B(3); // moves the pool's offset off any alignment
      const b = filled(160);
      let bad = 0;
      for (let s = 0; s < 24; s++) {
        for (let e = s; e <= 160; e++) {
          if (b.toString('base64', s, e) !== refBase64(b, s, e)) bad++;
          if (b.toString('hex', s, e) !== refHex(b, s, e)) bad++;
        }
      }
      t.is(bad, 0);
    });
  });

  test(`buf.toString('base64'/'hex'): output longer than one chunk (${mode})`, (t) => {
    inMode(native, () => {
      const b = filled(200003);
      const spans = [[0, 200003], [1, 200002], [3, 49152 + 5], [7, 98304 + 11], [2, 65536 + 3], [5, 32768 + 1], [9, 49152 * 2 + 9], [0, 49152], [0, 32768]];
      for (const [s, e] of spans) {
        t.is(b.toString('base64', s, e), refBase64(b, s, e), `base64 ${s}-${e}`);
        t.is(b.toString('hex', s, e), refHex(b, s, e), `hex ${s}-${e}`);
      }
    });
  });

  test(`new Buffer(string, 'base64'/'hex') and buf.write: junk, URL-safe digits, wide characters, partial room (${mode})`, (t) => {
    inMode(native, () => {
      const b = filled(300);
      const b64 = refBase64(b, 0, 300);
      const hex = refHex(b, 0, 300);
      // Whitespace and junk are skipped wherever they are; '-' and '_' read as '+' and '/'.
      const messy = b64.replace(/(.{7})/g, '$1 \n*').replace(/\+/g, '-').replace(/\//g, '_');
      t.is(refHex(new B(messy, 'base64'), 0, 300), hex);
      // Only the low 8 bits of a character count: U+0141 is read as 'A' (0x41).
      const wide = '\u0141'.repeat(40);
      t.is(refHex(new B(wide, 'base64'), 0, 30), '0'.repeat(60));
      t.is(refHex(new B('\u0161'.repeat(40), 'hex'), 0, 20), 'aa'.repeat(20));
      const h1 = new B('ab'.repeat(20) + '\u0141\u0142' + 'cd'.repeat(20), 'hex');
      t.is(refHex(h1, 0, h1.length), 'ab'.repeat(21) + 'cd'.repeat(20));
      const h2 = new B('ab'.repeat(20) + '\u0147\u0148' + 'cd'.repeat(20), 'hex');
      t.is(refHex(h2, 0, h2.length), 'ab'.repeat(20));
      // A final group of 2 or 3 characters gives 1 or 2 bytes, a lone one nothing.
      const tail = b64.slice(0, 64);
      t.is(new B(tail + 'QQ', 'base64').length, 49);
      t.is(new B(tail + 'QUI', 'base64').length, 50);
      t.is(new B(tail + 'Q', 'base64').length, 48);
      // Hex stops at the first pair that is not two digits.
      t.is(refHex(new B(hex.slice(0, 80) + 'zz' + hex.slice(82, 200), 'hex'), 0, 40), hex.slice(0, 80));
      // A write stops where the room ends (in the middle of a group, too).
      for (const room of [1, 2, 3, 4, 5, 37, 38, 39, 40]) {
        const dst = new B(room + 4);
        dst.fill(0xee);
        const n = dst.write(b64, 2, room, 'base64');
        t.is(n, Math.min(room, 300), `base64 room ${room}`);
        t.is(refHex(dst, 0, room + 4), 'eeee' + hex.slice(0, 2 * n) + 'ee'.repeat(room + 2 - n), `base64 bytes, room ${room}`);
        const h = new B(room + 4);
        h.fill(0xee);
        t.is(h.write(hex, 2, room, 'hex'), Math.min(room, 300), `hex room ${room}`);
        t.is(refHex(h, 0, room + 4), 'eeee' + hex.slice(0, 2 * room) + 'eeee', `hex bytes, room ${room}`);
      }
    });
  });

  test(`Buffer.byteLength(string): a lone surrogate is 3 bytes (0.10 wrote its 3-byte form), long input (${mode})`, (t) => {
    inMode(native, () => {
      const pad = 'ab'.repeat(40);
      t.is(Buffer.byteLength(pad + '\ud800'), 83);
      t.is(Buffer.byteLength('\udc00' + pad), 83);
      t.is(Buffer.byteLength(pad + '\udc00\ud800' + pad), 166);
      t.is(Buffer.byteLength(pad + '\ud83d\ude00\ud83d' + pad), 167);
      t.is(Buffer.byteLength(pad + '\ufffd\ud800x'), 87);
      const wide = '\u20ac\ud83d\ude00\u00e9x'; // 3 + 4 + 2 + 1
      t.is(Buffer.byteLength(wide.repeat(30)), 300);
      t.is(Buffer.byteLength(wide.repeat(30) + '\ud800'), 303);
      t.is(Buffer.byteLength('\ude00' + wide.repeat(30) + '\ud83d'), 306);
      t.is(Buffer.byteLength('\u00e9'.repeat(100)), 200, 'one byte a character in the engine');
      t.is(Buffer.byteLength('x'.repeat(100) + '\u0100'), 102, 'the first wide character after 64');
      for (const s of [wide.repeat(30), '\ud800'.repeat(70), 'a\udbff\udfff'.repeat(40), '\u0800\u07ff\u0080\u007f'.repeat(20)]) {
        t.is(Buffer.byteLength(s), new B(s).length, 'byteLength agrees with what the constructor writes');
      }
    });
  });

  test(`buf.write(string, offset, 'base64' | 'hex') leaves the bytes after what it wrote as they were (${mode})`, (t) => {
    inMode(native, () => {
      const src = filled(200);
      let bad = 0;
      for (let n = 0; n <= 120; n++) {
        for (const [enc, str] of [['base64', refBase64(src, 0, n)], ['hex', refHex(src, 0, n)]]) {
          const out = new B(n + 24);
          out.fill(0xee);
          const w = out.write(str, 3, enc);
          if (w !== n || refHex(out, 3, 3 + n) !== refHex(src, 0, n)) bad++;
          if (refHex(out, 0, 3) + refHex(out, 3 + n, n + 24) !== 'ee'.repeat(24)) bad++;
        }
      }
      t.is(bad, 0);
    });
  });
}

test("buf.toString('utf8'): a genuine U+FFFD among malformed bytes and encoded surrogates, long input", (t) => {
  const b = new B(100);
  b.fill(0x61);
  b[50] = 0xef;
  b[51] = 0xbf;
  b[52] = 0xbd; // U+FFFD itself
  t.is(units(b.toString().slice(49, 52)), '61 fffd 61');
  b[70] = 0xff; // malformed
  b[80] = 0xed;
  b[81] = 0xa0;
  b[82] = 0x80; // an encoded surrogate: 0.10 kept it
  const s = b.toString();
  t.is(s.length, 100 - 2 - 2);
  t.is(units(s.slice(49, 52) + s.slice(67, 70) + s.slice(77, 80)), '61 fffd 61 61 fffd 61 61 d800 61');
});

