// StringDecoder, as the v0.10 manual lists it (Class, write, end), and 0.10's handling of
// characters split across chunks in each encoding (values read off node v0.10.19).
import test from 'ava';
import buffer from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import stringDecoder from '../src/index';
import { frameNames, siteOfThrow } from '../../../tools/test-throw-sites';

const { StringDecoder } = stringDecoder;
const B = buffer.Buffer as unknown as new (...args: unknown[]) => BufferInstance;
const bytes = (...b: number[]): BufferInstance => new B(b);
// Code units (not code points) as hex.
const units = (s: string): string => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');

test('require("string_decoder") is { StringDecoder }', (t) => {
  t.deepEqual(Object.keys(stringDecoder), ['StringDecoder']);
  t.is(typeof StringDecoder, 'function');
  t.is(StringDecoder.length, 1);
  t.deepEqual(Object.keys(StringDecoder.prototype), ['write', 'detectIncompleteChar', 'end']);
});

test('Class: StringDecoder defaults to utf8 and checks the encoding name', (t) => {
  t.is(new StringDecoder().encoding, 'utf8');
  t.is(new StringDecoder('UTF-8').encoding, 'utf8');
  t.is(new StringDecoder('utf-16le').encoding, 'utf16le');
  t.is(new StringDecoder('UCS-2').encoding, 'ucs2');
  t.deepEqual(Object.keys(new StringDecoder('utf8')), ['encoding', 'surrogateSize', 'charBuffer', 'charReceived', 'charLength']);
  t.deepEqual(Object.keys(new StringDecoder('hex')), ['encoding', 'write']);
  const err = t.throws(() => new StringDecoder('foo'));
  t.true(err instanceof Error);
  t.is(err?.message, 'Unknown encoding: foo');
  t.throws(() => new StringDecoder('utf_8'), undefined, '0.10 checks the name as given');
});

test('decoder.write(buffer) returns the decoded string (the manual\'s example)', (t) => {
  const decoder = new StringDecoder('utf8');
  t.is(decoder.write(bytes(0xc2, 0xa2)), '\u00a2');
  t.is(decoder.write(bytes(0xe2, 0x82, 0xac)), '\u20ac');
});

test('decoder.write holds back a UTF-8 character split across chunks', (t) => {
  const d = new StringDecoder('utf8');
  t.is(d.write(bytes(0xe2)), '');
  t.is(d.write(bytes(0x82)), '');
  t.is(d.write(bytes(0xac, 0x41)), '\u20acA');
  t.is(d.write(bytes(0xf0, 0x9f)), '');
  t.is(units(d.write(bytes(0x98, 0x80))), 'd83d de00');
  t.is(d.write(bytes(0x61, 0xf0, 0x9f, 0x98)), 'a');
  t.is(units(d.write(bytes(0x80))), 'd83d de00');
});

test('decoder.write holds back a lead surrogate until its trail arrives (utf16le and CESU-8)', (t) => {
  const u = new StringDecoder('utf16le');
  t.is(u.write(bytes(0x3d, 0xd8)), '');
  t.is(units(u.write(bytes(0x00, 0xde))), 'd83d de00');
  t.is(u.write(bytes(0x61)), '');
  t.is(u.write(bytes(0x00, 0x62)), 'a');
  const c = new StringDecoder('utf8');
  t.is(c.write(bytes(0x78, 0xed, 0xa0, 0xbd)), 'x');
  t.is(units(c.write(bytes(0xed, 0xb8, 0x80))), 'd83d de00');
});

test('decoder.end() returns the trailing bytes, decoded as they are, and (as in 0.10) keeps them', (t) => {
  const d = new StringDecoder('utf8');
  t.is(d.write(bytes(0xe2, 0x82)), '');
  t.is(d.end(), '\ufffd\ufffd');
  t.is(d.end(), '\ufffd\ufffd', '0.10 does not reset on end()');
  const e = new StringDecoder('utf8');
  t.is(e.end(bytes(0x41, 0xc2)), 'A\ufffd');
  t.is(new StringDecoder('utf8').end(), '');
});

test('base64 decodes in whole groups of 3 bytes', (t) => {
  const d = new StringDecoder('base64');
  t.is(d.write(bytes(0x61, 0x62)), '');
  t.is(d.write(bytes(0x63, 0x64)), 'YWJj');
  t.is(d.end(), 'ZA==');
});

test('hex, ascii and binary decode each chunk on its own', (t) => {
  t.is(new StringDecoder('hex').write(bytes(0xab, 0x01)), 'ab01');
  t.is(new StringDecoder('ascii').write(bytes(0xe9)), 'i');
  t.is(new StringDecoder('binary').write(bytes(0xe9)), '\u00e9');
  t.is(new StringDecoder('hex').end(), '');
});

test('decoder.write(buffer) given no Buffer fails with the TypeError node 0.10 (V8 3.14) worded', (t) => {
  const SD = stringDecoder.StringDecoder as unknown as new (enc?: string) => { write(b: unknown): string; end(b?: unknown): string };
  const message = (enc: string, chunk: unknown): string => (t.throws(() => new SD(enc).write(chunk)) as Error).message;
  t.is(message('utf8', null), "Cannot read property 'length' of null");
  t.is(message('base64', undefined), "Cannot read property 'length' of undefined");
  t.is(message('ucs2', 'str'), "Object str has no method 'copy'");
  t.is(message('base64', [65, 66]), "Object 65,66 has no method 'copy'");
  t.is(message('hex', null), "Cannot call method 'toString' of null");
  t.is(new SD('utf8').write('str'), 'str');
});

test('Class: StringDecoder: the prototype methods are anonymous and the per-encoding ones named as in 0.10', (t) => {
  const SD = stringDecoder.StringDecoder as unknown as new (enc?: string) => Record<string, Function>;
  const proto = (stringDecoder.StringDecoder as unknown as { prototype: Record<string, Function> }).prototype;
  t.deepEqual([proto.write.name, proto.detectIncompleteChar.name, proto.end.name], ['', '', '']);
  t.is(new SD('ucs2').detectIncompleteChar.name, 'utf16DetectIncompleteChar');
  t.is(new SD('utf16le').detectIncompleteChar.name, 'utf16DetectIncompleteChar');
  t.is(new SD('base64').detectIncompleteChar.name, 'base64DetectIncompleteChar');
  t.is(new SD('hex').write.name, 'passThroughWrite');
});

test('new StringDecoder(unknown encoding): the error notes 0.10\'s string_decoder.js:24 throw site for the runtime', (t) => {
  const SD = stringDecoder.StringDecoder as unknown as new (enc: string) => unknown;
  t.deepEqual(siteOfThrow(t, () => new SD('bogus')), {
    file: 'string_decoder.js', line: 24, text: "    throw new Error('Unknown encoding: ' + encoding);", caret: '          ^',
  });
});


test("new StringDecoder([encoding]): an unknown encoding is refused by a helper named assertEncoding, as in 0.10 (what a stack shows)", (t) => {
  t.is(frameNames(() => new stringDecoder.StringDecoder('nope'))[0], 'assertEncoding');
});

test('decoder.write(buffer) with no buffer: V8 3.14\'s TypeError where 0.10 read its length (detectIncompleteChar, or write itself with a character pending), sited at that line', (t) => {
  const { StringDecoder: SD } = stringDecoder;
  const cases: [string | undefined, boolean, number, string, number][] = [
    [undefined, false, 129, '  var i = (buffer.length >= 3) ? 3 : buffer.length;', 17],
    ['ucs2', false, 180, '  var incomplete = this.charReceived = buffer.length % 2;', 45],
    ['base64', false, 186, '  var incomplete = this.charReceived = buffer.length % 3;', 45],
    ['utf8', true, 65, '    var i = (buffer.length >= this.charLength - this.charReceived) ?', 19],
  ];
  for (const [enc, pending, line, text, col] of cases) {
    const d = new SD(enc);
    if (pending) d.write(bytes(0xe2));
    const write = d.write as (b: unknown) => string;
    const site = siteOfThrow(t, () => write.call(d, null));
    t.deepEqual(site, { file: 'string_decoder.js', line, text, caret: ' '.repeat(col) + '^' });
    t.is(t.throws(() => write.call(d, undefined))?.message, "Cannot read property 'length' of undefined");
  }
  const hex = new SD('hex');
  t.is(siteOfThrow(t, () => (hex.write as (b: unknown) => string)(null))?.line, 176);
});
