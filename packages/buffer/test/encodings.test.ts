// Every encoding's edges as node v0.10.19 handles them: invalid and partial UTF-8, lone
// surrogates, ascii's high bit and NUL, binary, ucs2 odd lengths, base64 junk and URL-safe
// input, hex errors. Long inputs are included so that the fast paths (TextDecoder/TextEncoder)
// are exercised next to the plain-JS ones.
import test from 'ava';
import buffer from '../src/index';
import type { BufferInstance } from '../src/index';
import { hex, throwsWith, units } from './helpers/assert';

const { Buffer } = buffer;
const B = Buffer as unknown as new (...args: unknown[]) => BufferInstance;
const fromHex = (h: string): BufferInstance => new B(h, 'hex');
const decode = (h: string): string => units(fromHex(h).toString('utf8'));

test('utf8 decoding: each byte that does not start a valid sequence is one U+FFFD', (t) => {
  t.is(decode('80'), 'fffd');
  t.is(decode('c0af'), 'fffd fffd', 'overlong');
  t.is(decode('e080af'), 'fffd fffd fffd');
  t.is(decode('c241'), 'fffd 41', 'truncated, then ASCII');
  t.is(decode('e282'), 'fffd fffd', 'partial sequence at the end');
  t.is(decode('f09f98'), 'fffd fffd fffd');
  t.is(decode('f888808080'), 'fffd fffd fffd fffd fffd');
  t.is(decode('ff'), 'fffd');
  t.is(decode('efbbbf41'), 'feff 41', 'a BOM is kept');
});

test('utf8 decoding: encoded surrogates and code points above U+10FFFF come through as 0.10 read them', (t) => {
  t.is(decode('eda080'), 'd800');
  t.is(decode('eda0bdedb880'), 'd83d de00', 'CESU-8 pair');
  t.is(decode('f09f9880'), 'd83d de00');
  t.is(decode('f4908080'), 'd800 dc00', 'U+110000 wraps');
  t.is(decode('f7bfbfbf41'), 'dbbf dfff 41');
});

test('utf8 decoding is the same through the fast path (long input)', (t) => {
  const valid = 'h\u00e9llo \u20ac \ud83d\ude00 '.repeat(20);
  t.is(new B(valid).toString(), valid);
  const broken = Buffer.concat([new B(valid), fromHex('e282'), new B(valid)]);
  t.is(broken.toString(), `${valid}\ufffd\ufffd${valid}`);
  const cesu = Buffer.concat([new B('x'.repeat(40)), fromHex('eda080')]);
  t.is(units(cesu.toString().slice(40)), 'd800');
});

test('utf8 encoding: lone surrogates as 3 bytes, pairs as 4', (t) => {
  t.is(hex(new B('\ud800')), 'eda080');
  t.is(hex(new B('\udc00')), 'edb080');
  t.is(hex(new B('\ud83d\ude00')), 'f09f9880');
  t.is(hex(new B('x\ud800y')), '78eda08079');
  t.is(hex(new B(`${'a'.repeat(30)}\ud800`)).slice(-6), 'eda080', 'long strings too');
});

test('utf8 write: a pair with exactly 3 bytes of room is written as its lead surrogate alone', (t) => {
  const b = new B(3);
  t.is(b.write('\ud83d\ude00'), 3);
  t.is(Buffer._charsWritten, 1);
  t.is(hex(b), 'eda0bd');
  const c = new B(7);
  t.is(c.write('\ud83d\ude00\ud83d\ude00'), 7);
  t.is(hex(c), 'f09f9880eda0bd');
  const long = new B(27);
  t.is(long.write(`${'a'.repeat(24)}\ud83d\ude00`), 27, 'through the TextEncoder path');
  t.is(hex(long).slice(-6), 'eda0bd');
  t.is(Buffer._charsWritten, 25);
  t.is(new B(2).write('\ud83d\ude00'), 0);
});

test('ascii: decoding drops the high bit; encoding keeps the low byte and turns 0 into a space', (t) => {
  const all = new B(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const s = all.toString('ascii');
  t.is(s.charCodeAt(0x80), 0);
  t.is(s.charCodeAt(0xff), 0x7f);
  t.is(hex(new B('\u0000a\u00e9\u0100\u0120\uffff\ud800', 'ascii')), '2061e92020ff20');
  t.is(new B('\u00e9'.repeat(40), 'ascii').toString('ascii'), 'i'.repeat(40), 'long input too');
});

test('binary: one byte per character, both ways', (t) => {
  const all = new B(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const s = all.toString('binary');
  for (let i = 0; i < 256; i++) t.is(s.charCodeAt(i), i);
  t.is(hex(new B(s, 'binary')), hex(all));
  t.is(hex(new B('\u0000a\u00e9\u0100\u0120\uffff', 'binary')), '0061e90020ff');
});

test('ucs2/utf16le: little-endian units; a trailing odd byte is ignored', (t) => {
  t.is(hex(new B('a\u00e9\ud83d\ude00\ud800', 'ucs2')), '6100e9003dd800de00d8');
  t.is(new B([0x61, 0, 0x62]).toString('ucs2'), 'a');
  t.is(new B([0x61]).toString('utf16le'), '');
  t.is(units(new B([0x61, 0, 0x62, 0, 0x63]).toString('ucs2', 1)), '6200 6300');
  const b = new B(5);
  t.is(b.write('abc', 'ucs2'), 4);
  t.is(Buffer._charsWritten, 2);
  const long = 'h\u00e9llo \ud800 '.repeat(10);
  t.is(new B(long, 'ucs2').toString('ucs2'), long);
});

test('base64: junk and "=" are skipped anywhere, "-" and "_" read as "+" and "/"', (t) => {
  t.is(new B('YWJj\nZGVm', 'base64').toString(), 'abcdef');
  t.is(new B('YW Jj', 'base64').toString(), 'abc');
  t.is(hex(new B('ab-_', 'base64')), '69bfbf');
  t.is(hex(new B('YQ==YQ==', 'base64')), '610610');
  t.is(hex(new B('abcde', 'base64')), '69b71d', 'a lone final character yields nothing');
  t.is(hex(new B('\u0141\u0141\u0141\u0141', 'base64')), '000000', 'only the low byte of a character counts');
  t.is(new B([0xfb, 0xff]).toString('base64'), '+/8=');
  t.is(new B([1]).toString('base64'), 'AQ==');
  const bytes = new B(300);
  for (let i = 0; i < 300; i++) bytes[i] = (i * 37) & 255;
  t.is(hex(new B(bytes.toString('base64'), 'base64')), hex(bytes), 'long round trip');
});

test('hex: odd length is an error; decoding stops at the first bad pair', (t) => {
  throwsWith(t, () => new B('abc', 'hex'), TypeError, 'Invalid hex string');
  throwsWith(t, () => new B(4).write('aab', 0, 1, 'hex'), TypeError, 'Invalid hex string');
  t.is(hex(new B('abzz', 'hex')), 'ab');
  t.is(hex(new B('zzab', 'hex')), '');
  t.is(hex(new B('AbCd', 'hex')), 'abcd');
  t.is(hex(new B('\u0161\u0161', 'hex')), 'aa', 'only the low byte of a character counts');
  const b = new B(3);
  t.is(b.write('aabbccdd', 'hex'), 3);
  t.is(Buffer._charsWritten, 6);
  const long = `${'0123456789abcdef'.repeat(4)}zz00`;
  t.is(new B(long, 'hex').length, 32, 'long input stops at the bad pair too');
});

test('encoding names: any case and the dashed forms; unknown ones are a TypeError', (t) => {
  const b = new B('ab');
  for (const e of ['UTF8', 'utf-8', 'Ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'ASCII', 'Binary', 'BASE64', 'Hex']) t.notThrows(() => b.toString(e), e);
  throwsWith(t, () => b.toString('utf16'), TypeError, 'Unknown encoding: utf16');
  throwsWith(t, () => b.toString({} as unknown as string), TypeError, 'Unknown encoding: [object object]');
  t.is(b.toString(''), 'ab', 'an empty name means utf8');
});

test('long inputs: multi-megabyte strings and buffers in every encoding', (t) => {
  const text = 'h\u00e9llo w\u00f6rld \u20ac \ud83d\ude00 \ud800 '.repeat(80_000); // ~2.2M units, with lone surrogates
  const utf8 = new B(text);
  t.is(utf8.length, Buffer.byteLength(text));
  t.is(utf8.toString(), text);
  const bytes = new B(3 * 1024 * 1024 + 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131) & 255;
  for (const enc of ['base64', 'hex', 'binary', 'ucs2']) {
    const back = new B(bytes.toString(enc), enc);
    t.is(back.length, enc === 'ucs2' ? bytes.length - 1 : bytes.length, enc);
    t.is(back[12345], bytes[12345], enc);
    t.is(back[back.length - 1], bytes[back.length - 1], enc);
  }
  t.is(bytes.toString('ascii').charCodeAt(1), bytes[1] & 0x7f);
  const room = new B(5000);
  t.is(room.write(text), 5000, 'a write into a buffer much smaller than the string (values from node 0.10)');
  t.is(Buffer._charsWritten, 3519);
  t.is(room.toString(), text.slice(0, 3519));
  t.is(Buffer.byteLength(text), 2160000);
});

test("buf.toString('ucs2') on long input: lone surrogates and a BOM kept as they are (the TextDecoder fast path falls back)", (t) => {
  const units = [0x61, 0xd800, 0x62, 0xdc00, 0xd83d, 0xde00, 0xfeff, 0, 0xffff];
  const codes: number[] = [];
  for (let i = 0; i < 600; i++) codes.push(units[i % units.length]);
  const b = new Buffer(codes.length * 2);
  codes.forEach((c, i) => b.writeUInt16LE(c, i * 2));
  const s = b.toString('ucs2');
  t.deepEqual(Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)), codes);
  const wellFormed = new Buffer(1200);
  for (let i = 0; i < 600; i++) wellFormed.writeUInt16LE(0xfeff + (i % 2), i * 2);
  const w = wellFormed.toString('utf16le');
  t.is(w.length, 600);
  t.is(w.charCodeAt(0), 0xfeff); // a leading BOM is a character, not dropped
  t.is(wellFormed.toString('ucs2', 1, 1001).length, 500);
  t.is(wellFormed.slice(1).toString('ucs2').length, 599); // odd start: the copying path
});
