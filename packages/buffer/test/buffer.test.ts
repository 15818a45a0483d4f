// The Buffer class, item by item as the v0.10 manual lists them. Expected values were read off
// node v0.10.19 (the differential tests in oracle.node.test.ts compare far more cases).
import test from 'ava';
import buffer from '../src/index';
import type { BufferInstance } from '../src/index';
import { hex, throwsWith } from './helpers/assert';

// A Buffer whose methods K take any arguments (to call them with the bad ones 0.10 refused).
type Loosened<K extends string, R> = Omit<BufferInstance, K> & Record<K, (...args: unknown[]) => R>;
import { siteOfThrow } from '../../../tools/test-throw-sites';

const { Buffer, SlowBuffer } = buffer;
// 0.10 programs call these with any value; the tests do too.
const B = Buffer as unknown as (new (...args: unknown[]) => BufferInstance) & ((...args: unknown[]) => BufferInstance) & typeof Buffer;

test('require("buffer") has 0.10\'s shape: INSPECT_MAX_BYTES, SlowBuffer, Buffer', (t) => {
  t.deepEqual(Object.keys(buffer), ['INSPECT_MAX_BYTES', 'SlowBuffer', 'Buffer']);
  t.is(buffer.INSPECT_MAX_BYTES, 50);
  t.is(typeof Buffer, 'function');
  t.is(typeof SlowBuffer, 'function');
  t.is(Buffer.name, 'Buffer');
  t.is(Buffer.length, 3);
  for (const name of ['isEncoding', 'isBuffer', 'byteLength', 'concat']) t.is(typeof (Buffer as unknown as Record<string, unknown>)[name], 'function', name);
  t.is(Buffer.poolSize, 8192);
});

test('Class: Buffer is a Uint8Array subclass, callable without new', (t) => {
  const b = B(3);
  t.true(b instanceof Buffer);
  t.true(b instanceof Uint8Array);
  t.is(b.constructor, Buffer);
  t.is(Object.getPrototypeOf(Object.getPrototypeOf(Buffer.prototype)), Uint8Array.prototype, 'through the object that holds toLocaleString');
  t.true(Buffer.prototype.propertyIsEnumerable('write'), 'methods are enumerable as in 0.10');
  const u = b.subarray(1);
  t.true(u instanceof Buffer, 'Uint8Array methods build Buffers');
});

test('new Buffer(size) is zero-filled, rounds sizes up and rejects huge ones', (t) => {
  t.is(hex(new B(4)), '00000000');
  t.is(new B(1.5).length, 2);
  t.is(new B(-1).length, 0);
  t.is(new B(NaN).length, 0);
  throwsWith(t, () => new B(0x40000000), RangeError, 'length > kMaxLength');
  throwsWith(t, () => new B(Infinity), TypeError, 'Bad argument');
  throwsWith(t, () => new B(), TypeError, 'First argument needs to be a number, array or string.');
  throwsWith(t, () => new B(true), TypeError, 'First argument needs to be a number, array or string.');
  throwsWith(t, () => new B(null), TypeError, "Cannot read property 'length' of null");
});

test('new Buffer(array) takes each element modulo 256', (t) => {
  t.is(hex(new B([1, 256, -1, 1.5, '7', 'x', null, undefined, true, 300.7, -300.7])), '0100ff0107000000012cd4');
  t.is(hex(new B({ length: 3, 0: 1, 1: 2 })), '010200');
  t.is(hex(new B(new Uint8Array([5, 6]))), '0506');
  const a = new B([1, 2]);
  const copy = new B(a);
  copy[0] = 9;
  t.is(a[0], 1, 'a Buffer argument is copied, not shared');
  t.is(new B(new ArrayBuffer(4)).length, 0);
});

test('new Buffer(str, [encoding]) encodes, utf8 by default', (t) => {
  t.is(hex(new B('h\u00e9')), '68c3a9');
  t.is(hex(new B('6869', 'hex')), '6869');
  t.is(hex(new B('aGk=', 'base64')), '6869');
  t.is(new B('abcdef', 3).toString(), 'abc', 'a number is a length (0.10 passes it on to write)');
  throwsWith(t, () => new B('abc', 'hex'), TypeError, 'Invalid hex string');
  throwsWith(t, () => new B('abc', 'foo'), TypeError, 'Unknown encoding: foo');
  t.is(B('hi').toString(), 'hi');
});

test('Class Method: Buffer.isEncoding(encoding)', (t) => {
  for (const e of ['utf8', 'UTF-8', 'ucs2', 'ucs-2', 'utf16le', 'UTF-16LE', 'ascii', 'binary', 'base64', 'hex', 'raw']) t.true(Buffer.isEncoding(e), e);
  for (const e of ['raws', 'buffer', 'latin1', '', undefined, null, 0]) t.false(Buffer.isEncoding(e), String(e));
  throwsWith(t, () => Buffer.isEncoding(1), TypeError, "Object 1 has no method 'toLowerCase'");
  throwsWith(t, () => Buffer.isEncoding({}), TypeError, "Object #<Object> has no method 'toLowerCase'");
});

test('buf.write(string, [offset], [length], [encoding]) never writes a partial character', (t) => {
  const buf = new B(256);
  const len = buf.write('\u00bd + \u00bc = \u00be', 0);
  t.is(`${len} bytes: ${buf.toString('utf8', 0, len)}`, '12 bytes: \u00bd + \u00bc = \u00be');
  const small = new B(3);
  t.is(small.write('\u00e9\u00e9'), 2);
  t.is(Buffer._charsWritten, 1);
  t.is(hex(small), 'c3a900');
});

test('buf.write accepts 0.10\'s argument forms', (t) => {
  const b = new B(6);
  t.is(b.write('abcdef', 2, 3), 3);
  t.is(b.write('6162', 'hex', 4), 2, 'legacy (string, encoding, offset)');
  t.is(hex(b), '000061626162');
  t.is(new B(6).write('abcdef', 2, 'hex'), 3);
  t.is(new B(6).write('ab', 6), 0);
  throwsWith(t, () => new B(6).write('ab', 7), RangeError, 'attempt to write beyond buffer bounds');
  throwsWith(t, () => new B(6).write('ab', -1), RangeError, 'attempt to write beyond buffer bounds');
  throwsWith(t, () => new B(6).write('ab', 0, 'foo'), TypeError, 'Unknown encoding: foo');
  throwsWith(t, () => new B(6).write(5 as unknown as string), TypeError, 'Argument must be a string');
  t.is(new B(6).write('', 9), 0, 'an empty string never throws');
});

test('buf.toString([encoding], [start], [end])', (t) => {
  const b = new B('abcdef');
  t.is(b.toString(), 'abcdef');
  t.is(b.toString('hex', 2, 4), '6364');
  t.is(b.toString('ascii', -1), 'abcdef');
  t.is(b.toString('ascii', 0, 100), 'abcdef');
  t.is(b.toString('ascii', '2' as unknown as number, '4' as unknown as number), 'abcdef', 'non-number bounds are the defaults');
  t.is(b.toString(undefined, 1), 'bcdef');
  throwsWith(t, () => b.toString('ascii', 5, 2), Error, 'Must have start <= end');
  throwsWith(t, () => b.toString('ascii', 1.5), TypeError, 'Bad argument.');
  throwsWith(t, () => b.toString('raw'), TypeError, 'Unknown encoding: raw');
  t.is(String(b), 'abcdef');
});

test('buf.toJSON() is a plain array; JSON.stringify uses it', (t) => {
  const buf = new B('test');
  const json = JSON.stringify(buf);
  t.is(json, '[116,101,115,116]');
  t.is(new B(JSON.parse(json)).inspect(), '<Buffer 74 65 73 74>');
  t.true(Array.isArray(buf.toJSON()));
});

test('buf.toJSON() called on an array-like that is not a Buffer gives its elements, as 0.10 did', (t) => {
  const toJSON = B.prototype.toJSON as (this: unknown) => unknown;
  t.deepEqual(toJSON.call({ 0: 97, 1: 98, length: 2 }), [97, 98]);
  t.deepEqual(toJSON.call({ 0: 97, 1: 98 }), []);
  t.deepEqual(toJSON.call('ab'), ['a', 'b']);
});

test('buf[index] gets and sets octets', (t) => {
  const str = 'node.js';
  const buf = new B(str.length);
  for (let i = 0; i < str.length; i++) buf[i] = str.charCodeAt(i);
  t.is(buf.toString(), 'node.js');
  buf[0] = 256 + 65;
  buf[1] = -1;
  t.is(buf[0], 65);
  t.is(buf[1], 255);
  t.is(buf[100] as number | undefined, undefined);
});

test('Class Method: Buffer.isBuffer(obj)', (t) => {
  t.true(Buffer.isBuffer(new B(1)));
  t.true(Buffer.isBuffer(new SlowBuffer(1)));
  t.false(Buffer.isBuffer(new Uint8Array(1)), 'a plain Uint8Array is not a Buffer, as in 0.10');
  t.false(Buffer.isBuffer('a'));
  t.false(Buffer.isBuffer(null));
});

test('Class Method: Buffer.byteLength(string, [encoding])', (t) => {
  const str = '\u00bd + \u00bc = \u00be';
  t.is(`${str}: ${str.length} characters, ${Buffer.byteLength(str, 'utf8')} bytes`, '\u00bd + \u00bc = \u00be: 9 characters, 12 bytes');
  t.is(Buffer.byteLength('\ud83d\ude00'), 4);
  t.is(Buffer.byteLength('\ud800'), 3, 'a lone surrogate counts 3 bytes, as 0.10 writes it');
  t.is(Buffer.byteLength('abc', 'hex'), 1);
  t.is(Buffer.byteLength('abcde', 'base64'), 4);
  t.is(Buffer.byteLength('YQ==', 'base64'), 1);
  t.is(Buffer.byteLength('ab', 'ucs2'), 4);
  t.is(Buffer.byteLength('\u00e9\u00e9', 'foo'), 4, 'unknown encodings count as utf8');
  t.is(Buffer.byteLength('\u00e9\u00e9', 'raw'), 2);
  throwsWith(t, () => Buffer.byteLength(5 as unknown as string), TypeError, 'Argument must be a string');
});

test('Class Method: Buffer.concat(list, [totalLength])', (t) => {
  const a = new B('ab');
  const c = new B('cde');
  t.is(Buffer.concat([]).length, 0);
  t.is(Buffer.concat([a]), a, 'one item is returned as it is');
  t.is(Buffer.concat([a, c]).toString(), 'abcde');
  t.is(Buffer.concat([a, c], 3).toString(), 'abc');
  t.is(hex(Buffer.concat([a, c], 7)), '61626364650000', 'the extra room is zero-filled');
  t.is(Buffer.concat([a, c], 0).length, 0);
  throwsWith(t, () => Buffer.concat([a, c, a], 3), RangeError, 'targetStart out of bounds');
  throwsWith(t, () => Buffer.concat(a as unknown as BufferInstance[]), TypeError, 'Usage: Buffer.concat(list, [length])');
  throwsWith(t, () => Buffer.concat([a, 'xy' as unknown as BufferInstance]), TypeError, "Object xy has no method 'copy'");
  throwsWith(t, () => Buffer.concat([a, null as unknown as BufferInstance]), TypeError, "Cannot read property 'length' of null");
});

test('Buffer.concat(list, [totalLength]): a length too short throws from buf.copy, called by concat', (t) => {
  const a = new B('hello');
  const e = t.throws(() => Buffer.concat([a, a], 5), { instanceOf: RangeError, message: 'targetStart out of bounds' });
  const frames = String(e?.stack).split('\n').slice(1, 3).join('\n');
  t.regex(frames, /copy[^\n]*\n[^\n]*concat/, 'copy, then concat');
  t.is(Buffer.concat([a, new B(0)], 5).toString(), 'hello', 'an empty buffer at the end copies nothing');
});

test("Class Method: Buffer.byteLength(string, 'raw' / 'raws') prints 0.10's line on stderr, unless noDeprecation", (t) => {
  const g = globalThis as unknown as { process?: unknown };
  const had = Object.getOwnPropertyDescriptor(g, 'process');
  const lines: string[] = [];
  const fake = { noDeprecation: false, stderr: { write: (s: string) => lines.push(s) } };
  Object.defineProperty(g, 'process', { value: fake, configurable: true, writable: true });
  try {
    t.is(Buffer.byteLength('ab', 'raw'), 2);
    t.is(Buffer.byteLength('abc', 'RAWS'), 3);
    t.is(Buffer.byteLength('a', 'buffer'), 1);
    fake.noDeprecation = true;
    t.is(Buffer.byteLength('ab', 'raw'), 2);
  } finally {
    if (had) Object.defineProperty(g, 'process', had);
    else delete g.process;
  }
  t.deepEqual(lines, ["'raw' (array of integers) has been removed. Use 'binary'.\n", "'raws' encoding has been renamed to 'binary'. Please update your code.\n"]);
});

test('buf.length is the allocated size', (t) => {
  const buf = new B(1234);
  t.is(buf.length, 1234);
  buf.write('some string', 0, 'ascii');
  t.is(buf.length, 1234);
});

test('buf.copy(targetBuffer, [targetStart], [sourceStart], [sourceEnd])', (t) => {
  const buf1 = new B(26);
  const buf2 = new B(26);
  for (let i = 0; i < 26; i++) {
    buf1[i] = i + 97;
    buf2[i] = 33;
  }
  t.is(buf1.copy(buf2, 8, 16, 20), 4);
  t.is(buf2.toString('ascii', 0, 25), '!!!!!!!!qrst!!!!!!!!!!!!!');
  const b = new B('abcdef');
  b.copy(b, 1, 0, 4);
  t.is(b.toString(), 'aabcdf', 'overlapping regions');
  const dst = new B(6);
  t.is(new B('abcdef').copy(dst, -1), 6, 'out-of-range values become the defaults');
  t.is(new B('abcdef').copy(dst, 1.5), 4, '0.10 truncated fractions after clamping');
  throwsWith(t, () => new B('ab').copy(new B(2), 2), RangeError, 'targetStart out of bounds');
  throwsWith(t, () => new B('ab').copy(new B(2), 0, 1, 0), RangeError, 'sourceEnd < sourceStart');
  throwsWith(t, () => new B('ab').copy([0, 0] as unknown as BufferInstance), TypeError, 'First arg should be a Buffer');
  throwsWith(t, () => new B('ab').copy(undefined as unknown as BufferInstance), TypeError, "Cannot read property 'length' of undefined");
});

test('buf.slice([start], [end]) shares memory; negative indexes count from the end', (t) => {
  const buf1 = new B(26);
  for (let i = 0; i < 26; i++) buf1[i] = i + 97;
  const buf2 = buf1.slice(0, 3);
  t.is(buf2.toString('ascii', 0, buf2.length), 'abc');
  buf1[0] = 33;
  t.is(buf2.toString('ascii', 0, buf2.length), '!bc');
  const b = new B('012345');
  t.is(b.slice(-2).toString(), '45');
  t.is(b.slice(2, 0).length, 0);
  t.is(b.slice('2' as unknown as number).toString(), '012345', 'non-numbers are the defaults');
  t.is(b.slice(1.5, 3.9).toString(), '12');
  t.is(b.slice(0, NaN).length, 0);
  t.true(b.slice(1) instanceof Buffer);
});

test('buf.fill(value, [offset], [end])', (t) => {
  const b = new B(6);
  t.is(b.fill('h'), undefined, '0.10 returns undefined');
  t.is(b.toString(), 'hhhhhh');
  b.fill(0x41, 2, 4);
  t.is(b.toString(), 'hhAAhh');
  t.is(b.fill(1, 3, 3), 0, 'an empty range returns 0');
  b.fill(257);
  t.is(hex(b), '010101010101');
  throwsWith(t, () => b.fill(1.5), Error, 'value is not a number');
  throwsWith(t, () => b.fill({} as unknown as number), TypeError, 'value is not a number');
  throwsWith(t, () => b.fill(1, -1), RangeError, 'start out of bounds');
  throwsWith(t, () => b.fill(1, 0, 7), RangeError, 'end out of bounds');
  throwsWith(t, () => b.fill(1, 4, 2), RangeError, 'end < start');
  throwsWith(t, () => b.fill(1, '2' as unknown as number), TypeError, 'Bad argument.');
});

test('buffer.INSPECT_MAX_BYTES limits inspect(), compared as 0.10 did', (t) => {
  const b = new B(60);
  b.fill(1);
  t.is(b.inspect(), `<Buffer ${new Array(51).fill('01').join(' ')} ...>`);
  t.is(new B([0x0a, 0xff]).inspect(), '<Buffer 0a ff>');
  t.is(new B(0).inspect(), '<Buffer >');
  try {
    buffer.INSPECT_MAX_BYTES = 2;
    t.is(new B('hello').inspect(), '<Buffer 68 65 6c ...>', '0.10 shows MAX + 1 bytes');
    t.is(new B('he').inspect(), '<Buffer 68 65>');
    (buffer as { INSPECT_MAX_BYTES: unknown }).INSPECT_MAX_BYTES = '1';
    t.is(new B('hello').inspect(), '<Buffer 68 65 ...>', 'loose comparison');
  } finally {
    buffer.INSPECT_MAX_BYTES = 50;
  }
});

test('Class: SlowBuffer', (t) => {
  const s = new SlowBuffer(4);
  t.true(s instanceof SlowBuffer);
  t.true(s instanceof Buffer);
  t.is(Object.getPrototypeOf(SlowBuffer.prototype), Buffer.prototype);
  t.is(s.inspect(), '<SlowBuffer 00 00 00 00>');
  t.is(s.parent, undefined);
  t.is(s.offset, undefined);
  t.is((SlowBuffer as unknown as (n: number) => BufferInstance)(2).length, 2);
  throwsWith(t, () => new SlowBuffer(-1), TypeError, 'Bad argument');
  throwsWith(t, () => new SlowBuffer(1.5), TypeError, 'Bad argument');
  s.write('abcd');
  t.is(s.hexSlice(1, 3), '6263');
  const view = s.slice(1, 3);
  t.is(view.constructor, Buffer, "a SlowBuffer's slice is a Buffer");
  t.is(view.parent, s, 'it points into the SlowBuffer');
  t.is(view.offset, 1);
  t.is(SlowBuffer.byteLength, Buffer.byteLength);
  t.is(typeof SlowBuffer.makeFastBuffer, 'function');
});

test('Class: SlowBuffer — its toString and write are 0.10\'s own: the per-encoding method with its checks', (t) => {
  const proto = SlowBuffer.prototype as unknown as { toString: unknown; write: unknown };
  t.not(proto.toString, Buffer.prototype.toString);
  t.not(proto.write, Buffer.prototype.write);
  const s = new SlowBuffer(4);
  s.write('abcd');
  t.is(s.toString(), 'abcd');
  t.is(s.toString('HEX', 1), '626364');
  t.is(s.toString('bogus', 2, 2), '', 'an empty range before the encoding is looked at');
  throwsWith(t, () => s.toString('hex', 9), Error, 'Must have start <= end');
  throwsWith(t, () => s.toString('utf8', 1, 9), Error, 'end cannot be longer than parent.length');
  throwsWith(t, () => s.toString('ascii', -1), TypeError, 'Bad argument.');
  throwsWith(t, () => s.toString('raw'), TypeError, 'Unknown encoding: raw');
  throwsWith(t, () => s.write('ab', 9, 'hex'), TypeError, 'Offset is out of bounds');
  throwsWith(t, () => s.write('x', -1), TypeError, 'Offset is out of bounds');
  throwsWith(t, () => s.write('x', 'raw'), TypeError, 'Unknown encoding: raw');
  t.is(s.write('x', 4), 0);
  t.is(s.write('zz', 0, 1), 1);
  t.is(s.write('YWJj', 'base64', 1, 2), 2);
  t.is(s.toString('binary'), 'zabd');
});

test('Class: SlowBuffer — its fill(value, start, end) is 0.10\'s C++ one: int32 arguments, all three required', (t) => {
  const fill = (SlowBuffer.prototype as unknown as { fill: (...args: unknown[]) => unknown }).fill;
  t.not(fill, Buffer.prototype.fill);
  t.is(fill.length, 0);
  const s = new SlowBuffer(6);
  t.is(fill.call(s, 0x1ff, 1, 3), undefined);
  t.is(hex(s), '00ffff000000');
  fill.call(s, -129, 0, 1);
  t.is(hex(s), '7fffff000000');
  t.is(fill.call(s, 7, 6, 6), undefined);
  for (const v of ['ab', 1.5, -0, 2 ** 31, null, true, undefined, NaN]) {
    throwsWith(t, () => fill.call(s, v, 0, 6), Error, 'value is not a number');
  }
  for (const [a, b] of [[undefined, undefined], [1, undefined], [-1, 3], [1, -3], [1.5, 3], ['1', 3], [true, 3], [-0, 3]]) {
    throwsWith(t, () => fill.call(s, 7, a, b), TypeError, 'Bad argument.');
  }
  throwsWith(t, () => fill.call(s, 7, 4, 2), Error, 'Must have start <= end');
  throwsWith(t, () => fill.call(s, 7, 8, 7), Error, 'Must have start <= end');
  throwsWith(t, () => fill.call(s, 7, 2, 7), Error, 'end cannot be longer than parent.length');
  t.is(hex(s), '7fffff000000');
  s.slice(1, 4).fill(5);
  t.is(hex(s), '7f0505050000', "a slice's fill is Buffer.prototype.fill");
});

test('Class: SlowBuffer — its hexSlice/utf8Slice/… (start, end) are 0.10\'s C++ ones: no defaults, int32 bounds within the buffer', (t) => {
  const s = new SlowBuffer(4);
  s.write('abcd');
  t.is(s.hexSlice(1, 3), '6263');
  t.is(s.utf8Slice(4, 4), '');
  t.is(s.ucs2Slice(0, 3), '\u6261');
  const slices = s as unknown as Record<string, (...args: unknown[]) => string>;
  for (const name of ['binarySlice', 'asciiSlice', 'base64Slice', 'ucs2Slice', 'hexSlice', 'utf8Slice']) {
    for (const [a, b] of [[undefined, undefined], [0, undefined], [null, 2], [-1, 2], [0, -1], [0.5, 2], ['1', 2], [true, 2], [-0, 2], [0, NaN]]) {
      throwsWith(t, () => slices[name](a, b), TypeError, 'Bad argument.');
    }
    throwsWith(t, () => slices[name](3, 1), Error, 'Must have start <= end');
    throwsWith(t, () => slices[name](6, 5), Error, 'Must have start <= end');
    throwsWith(t, () => slices[name](0, 5), Error, 'end cannot be longer than parent.length');
  }
  t.is((Buffer.prototype as unknown as { asciiSlice(this: unknown): string }).asciiSlice.call(s), 'abcd', "Buffer.prototype's (0.10's JavaScript ones) keep their defaults");
});

test('Class: SlowBuffer — its hexWrite/utf8Write/… (string, offset, maxLength) are 0.10\'s C++ ones', (t) => {
  const S = SlowBuffer as unknown as { _charsWritten?: number };
  const fresh = () => {
    const b = new SlowBuffer(8);
    b.fill(0x2e, 0, 8);
    return b as unknown as Loosened<'asciiWrite' | 'utf8Write' | 'hexWrite' | 'ucs2Write', number>;
  };
  let b = fresh();
  t.is(b.asciiWrite('zz', 1, 1), 1, 'maxLength counts');
  t.is(b.toString('ascii'), '.z......');
  t.is(S._charsWritten, 1);
  t.is(fresh().asciiWrite('zz', 9, 0), 0, 'nothing to write: no offset check');
  t.is(S._charsWritten, 0);
  t.is(fresh().asciiWrite('zz', 8), 0);
  t.is(fresh().asciiWrite('', 9), 0);
  throwsWith(t, () => fresh().asciiWrite('zz', 9), TypeError, 'Offset is out of bounds');
  throwsWith(t, () => fresh().asciiWrite('zz', -1, 2), TypeError, 'Offset is out of bounds');
  throwsWith(t, () => fresh().utf8Write(1, 0), TypeError, 'Argument must be a string');
  throwsWith(t, () => fresh().hexWrite('abc', 9, 0), TypeError, 'Invalid hex string');
  b = fresh();
  t.is(b.hexWrite('abcd', '2', -1), 2, "offset an int32 ('2' is 2), maxLength a uint32 (-1 is 2**32 - 1)");
  t.is(S._charsWritten, 4);
  t.is(hex(b.slice(0, 4)), '2e2eabcd');
  t.is(fresh().utf8Write('\u00e9\u00e9', 0, 3), 2, 'no partial characters');
  t.is(S._charsWritten, 1);
  t.is(fresh().ucs2Write('abc', 0, null), 0, 'null maxLength is 0');
});

test('Class: SlowBuffer — its float/double readers and writers check as 0.10\'s C++ ones did', (t) => {
  const b = new SlowBuffer(8) as unknown as Loosened<'readFloatLE' | 'readDoubleBE' | 'writeFloatLE' | 'writeDoubleLE', unknown>;
  for (let i = 0; i < 8; i++) b[i] = 0x40 + i;
  t.is(b.readFloatLE('2'), b.readFloatLE(2), 'a reader takes its offset as a number');
  t.is(b.readFloatLE(null), b.readFloatLE(0));
  for (const o of [undefined, -1, 1.5, NaN, {}, Infinity, 1e20]) throwsWith(t, () => b.readFloatLE(o), TypeError, 'offset is not uint');
  throwsWith(t, () => b.readDoubleBE(1), RangeError, 'Trying to read beyond buffer length');
  throwsWith(t, () => b.readFloatLE(2 ** 32), RangeError, 'Trying to read beyond buffer length');
  for (const v of ['2', null, undefined, {}, true]) throwsWith(t, () => b.writeFloatLE(v, 0), TypeError, 'value not a number');
  for (const o of [undefined, null, '2', true, -0, -1, 1.5, 2 ** 32]) throwsWith(t, () => b.writeFloatLE(1, o), TypeError, 'offset is not uint');
  throwsWith(t, () => b.writeDoubleLE(1, 1), RangeError, 'Trying to write beyond buffer length');
  t.is(b.writeFloatLE(1.5, 4), undefined);
  t.is(hex(b.slice(4, 8)), '0000c03f');
  b.writeFloatLE(3, '0', true);
  t.is(hex(b.slice(0, 4)), '00004040', 'with noAssert: value and offset converted, unchecked');
});

test('Class: SlowBuffer — its copy(target, targetStart, sourceStart, sourceEnd) is 0.10\'s C++ one: uint32 positions', (t) => {
  const src = new SlowBuffer(6) as unknown as BufferInstance & { copy(...args: unknown[]): number };
  for (let i = 0; i < 6; i++) src[i] = i + 1;
  const target = () => {
    const b = new SlowBuffer(8);
    b.fill(0, 0, 8);
    return b;
  };
  let dst = target();
  t.is(src.copy(dst, '2', true, '3'), 2);
  t.is(hex(dst), '0000020300000000');
  t.is(src.copy(target(), 0, 0, NaN), 0, 'NaN sourceEnd is 0');
  t.is(src.copy(target(), 0, 0, null), 0);
  t.is(src.copy(target(), 9, 6), 0, 'nothing to copy comes before the target check');
  throwsWith(t, () => src.copy(target(), 0, 0, -1), RangeError, 'sourceEnd out of bounds');
  throwsWith(t, () => src.copy(target(), 0, 0, 7), RangeError, 'sourceEnd out of bounds');
  throwsWith(t, () => src.copy(target(), 0, -1), RangeError, 'sourceEnd < sourceStart');
  throwsWith(t, () => src.copy(target(), -1, 0), RangeError, 'targetStart out of bounds');
  throwsWith(t, () => src.copy('abc', 0, 0, 4), TypeError, 'First arg should be a Buffer');
  dst = target();
  t.is(src.copy(dst, 6), 2, 'as much as fits');
  t.is(hex(dst), '0000000000000102');
  t.is(src.copy(new Buffer(4)), 4);
});

test('buf.parent and buf.offset: the memory a buffer lives in, as 0.10 exposed them', (t) => {
  const a = new B(10);
  const b = new B(20);
  t.true(a.parent instanceof SlowBuffer);
  t.is(a.parent, b.parent, 'small buffers share a pool slab');
  t.is(a.parent!.length, Buffer.poolSize);
  t.is(a.slice(2, 4).offset, a.offset! + 2);
  const big = new B(10000);
  t.is(big.offset, 0);
  t.is(big.parent!.length, 10000);
  // Up to Buffer.poolSize bytes come from a pool (a fresh one when too little is left), as in 0.10.
  const half = new B(5000);
  t.is(half.parent!.length, Buffer.poolSize);
  const full = new B(Buffer.poolSize);
  t.is(full.parent!.length, Buffer.poolSize);
  t.is(full.offset, 0);
  const proto = Buffer.prototype as unknown as { parent: unknown; offset: unknown };
  t.is(proto.parent, undefined);
  t.is(proto.offset, undefined);
});

test('get/set (deprecated in 0.10) check the offset', (t) => {
  const b = new B([1, 2]);
  t.is(b.get(1), 2);
  t.is(b.set(1, 300), 300);
  t.is(b[1], 44);
  throwsWith(t, () => b.get(5), RangeError, 'offset is out of bounds');
  throwsWith(t, () => b.set(-1, 1), RangeError, 'offset is out of bounds');
  b.set([7, 8]);
  t.is(hex(b), '0708', 'an array-like first argument is Uint8Array.prototype.set');
});

test('utf8Slice/asciiSlice/binarySlice and utf8Write/asciiWrite/binaryWrite helpers', (t) => {
  const b = new B('hello');
  t.is(b.utf8Slice(1, 3), 'el');
  t.is(b.asciiSlice(1, 3), 'el');
  t.is(new B('h\u00e9').binarySlice(), 'h\u00c3\u00a9');
  const w = new B(4);
  t.is(w.binaryWrite('xy', 1), 2);
  t.is(w.asciiWrite('z\u0000', 2), 2);
  t.is(hex(w), '00787a20');
});

// util.inspect prints `[Function: name]` only for functions whose source declares a name
// (V8 3.14's rule): the source text is what 0.10 programs see.
const declaredName = (fn: unknown): string => {
  const m = /^function\s*([^\s(]*)\s*\(/.exec(Function.prototype.toString.call(fn));
  if (!m) return '?';
  // A bundler may rename a declaration to avoid a clash: with keepNames (n10's builds) the
  // original stays in .name, which util reads; without it (the browser test bundle) a digit
  // is appended to both.
  return m[1] ? (fn as { name: string }).name.replace(/\d+$/, '') : '';
};

test('Class: Buffer — named as in 0.10: Buffer, isBuffer, inspect/get/set/fill; other statics and methods anonymous', (t) => {
  const B = buffer.Buffer as unknown as Record<string, unknown> & { prototype: Record<string, unknown> };
  t.is(declaredName(B), 'Buffer');
  t.is(declaredName(buffer.SlowBuffer), 'SlowBuffer');
  t.is(declaredName(B.isBuffer), 'isBuffer');
  for (const name of ['isEncoding', 'byteLength', 'concat']) t.is(declaredName(B[name]), '', name);
  for (const name of ['inspect', 'get', 'set', 'fill']) t.is(declaredName(B.prototype[name]), name, name);
  for (const name of ['write', 'toJSON', 'toString', 'copy', 'slice', 'utf8Slice', 'readUInt8', 'writeDoubleBE']) {
    t.is(declaredName(B.prototype[name]), '', name);
  }
  const slowProto = buffer.SlowBuffer.prototype as unknown as Record<string, unknown>;
  for (const name of ['hexSlice', 'ucs2Write', 'readFloatLE', 'writeDoubleBE', 'fill', 'copy']) t.is(declaredName(slowProto[name]), name, name);
  for (const name of ['toString', 'write', 'slice']) t.is(declaredName(slowProto[name]), '', name);
  t.false(Object.keys(slowProto).includes('constructor'));
  t.is(slowProto.constructor, buffer.SlowBuffer);
});

test('Buffer._charsWritten — SlowBuffer._charsWritten is set too, as 0.10 C++ writes did', (t) => {
  const b = new buffer.Buffer(10);
  b.write('abcd');
  t.is((buffer.Buffer as unknown as { _charsWritten: number })._charsWritten, 4);
  t.is((buffer.SlowBuffer as unknown as { _charsWritten: number })._charsWritten, 4);
  t.deepEqual(Object.keys(buffer.SlowBuffer), ['byteLength', 'makeFastBuffer', '_charsWritten']);
});

test('Class: Buffer: method names and declared parameter counts are 0.10\'s (fn.name, fn.length)', (t) => {
  const B = buffer.Buffer as unknown as Record<string, Function> & { prototype: Record<string, Function> };
  t.deepEqual([B.isEncoding.name, B.concat.name, B.byteLength.name, B.byteLength.length], ['', '', '', 0]);
  for (const k of ['copy', 'slice', 'toJSON', 'toString', 'write', 'readUInt8', 'readInt32LE', 'readDoubleBE', 'writeUInt16BE', 'writeFloatLE']) {
    t.is(B.prototype[k].name, '', k);
  }
  t.deepEqual([B.prototype.toString.length, B.prototype.write.length, B.prototype.readUInt8.length, B.prototype.writeUInt8.length], [3, 4, 2, 3]);
  const S = (buffer.SlowBuffer as unknown as { prototype: Record<string, Function> }).prototype;
  t.deepEqual([S.utf8Slice.length, S.hexWrite.length, S.readFloatLE.length, S.copy.length], [0, 0, 0, 0]);
});

test('Buffer errors thrown in 0.10\'s buffer.js JavaScript (write, toString, fill, concat, copy, get/set) note that site for the runtime', (t) => {
  const b = new B(4) as unknown as Record<string, (...a: unknown[]) => unknown>;
  const lineOf = (f: () => unknown): number | undefined => siteOfThrow(t, f)?.line;
  t.is(lineOf(() => new B('abc', 'bogus')), 377);
  t.is(lineOf(() => (b.toString as (...a: unknown[]) => unknown)('bogus')), 434);
  t.is(lineOf(() => b.write('a', 5)), 343);
  t.is(lineOf(() => b.fill('x', 0, 10)), 467);
  t.is(lineOf(() => b.fill('x', -1)), 463);
  t.is(lineOf(() => b.fill('x', 2, 1)), 456);
  t.is(lineOf(() => b.fill({})), 453);
  t.is(lineOf(() => (B as unknown as { concat: (l: unknown) => unknown }).concat(5)), 478);
  t.is(lineOf(() => b.copy(new B(2), 5)), 526);
  t.is(lineOf(() => b.copy(new B(2), 0, 3, 1)), 523);
  t.is(lineOf(() => b.get(5)), 302);
  t.is(lineOf(() => b.set(5, 1)), 309);
  t.deepEqual(siteOfThrow(t, () => new B({}, 1, 0)), {
    file: 'buffer.js', line: 166, text: "      throw new TypeError('First argument must be a Buffer when slicing');", caret: ' '.repeat(12) + '^',
  });
});

test('Buffer errors 0.10\'s C++ threw under buffer.js (hexWrite in buf.write, new SlowBuffer past kMaxLength) note the calling line, a caret under the call', (t) => {
  t.deepEqual(siteOfThrow(t, () => new B('abc', 'hex')), {
    file: 'buffer.js', line: 348, text: '      ret = this.parent.hexWrite(string, this.offset + offset, length);', caret: ' '.repeat(24) + '^',
  });
  t.is(siteOfThrow(t, () => new B(4).write('a', 1, 2, 'hex'))?.line, 348);
  const big = { file: 'buffer.js', line: 194, text: '      this.parent = new SlowBuffer(this.length);', caret: ' '.repeat(20) + '^' };
  t.deepEqual(siteOfThrow(t, () => new B(0x40000000)), big);
  t.deepEqual(siteOfThrow(t, () => new B(0x100000000)), big);
  t.deepEqual(siteOfThrow(t, () => new B({ length: 0x40000000 } as unknown as number[])), big);
});

test('Buffer errors: the stack starts where 0.10\'s did (checkOffset, or the method itself), not in n10\'s helpers', (t) => {
  type Site = { getFunctionName(): string | null };
  const names = (fn: () => unknown): string[] => {
    const saved = Error.prepareStackTrace;
    Error.prepareStackTrace = (_e, frames) => frames;
    try {
      fn();
    } catch (err) {
      return ((err as { stack: Site[] }).stack).map((s) => s.getFunctionName() || '');
    } finally {
      Error.prepareStackTrace = saved;
    }
    return [];
  };
  const b = new B(8);
  const helpers = ['codecFor', 'unknownEncoding', 'copySlow', 'checkedLength', 'checkFloatArgs', 'noMethod', 'readPropertyOf', 'invalidHex', 'hexWrite', 'writeWith', 'fromCallerOf'];
  const cases: [string, () => unknown][] = [
    ['toString', () => b.toString('nope')],
    ['write', () => b.write('a', 0, 'nope' as unknown as number)],
    ['write hex', () => b.write('abc', 'hex' as unknown as number)],
    ['copy', () => b.copy(b, 0, 3, 1)],
    ['copy null', () => b.copy(null as unknown as BufferInstance)],
    ['new Buffer', () => new B(0x40000000)],
    ['writeDoubleBE', () => b.writeDoubleBE('x' as unknown as number, 0)],
  ];
  for (const [label, fn] of cases) {
    const frames = names(fn);
    t.true(frames.length > 0, label);
    t.deepEqual(frames.filter((n) => helpers.includes(n)), [], label);
  }
  t.is(names(() => b.readUInt8(9))[0], 'checkOffset');
  t.is(names(() => b.writeFloatLE(1, 6))[0], 'checkOffset');
  t.not(names(() => Buffer.byteLength(1 as unknown as string))[0], 'byteLength', "0.10's C++ byteLength had no frame");
});

test('new Buffer(str, [encoding]), Buffer.concat and the utf8Slice/utf8Write helpers call Buffer.byteLength / buf.write / buf.copy / buf.toString where 0.10 did (replaceable)', (t) => {
  const proto = Buffer.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const statics = Buffer as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved = { write: proto.write, copy: proto.copy, toString: proto.toString, byteLength: statics.byteLength };
  const calls: string[] = [];
  const spy = (obj: Record<string, (...args: unknown[]) => unknown>, name: string, orig: (...args: unknown[]) => unknown) => {
    obj[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(name);
      return orig.apply(this, args);
    };
  };
  spy(statics, 'byteLength', saved.byteLength);
  spy(proto, 'write', saved.write);
  spy(proto, 'copy', saved.copy);
  spy(proto, 'toString', saved.toString);
  let made: BufferInstance[] = [];
  try {
    const parts = [new B([1]), new B([2])];
    made = [new B('abcd', 'hex'), Buffer.concat(parts)];
    t.deepEqual(calls.splice(0), ['byteLength', 'write', 'copy', 'copy']);
    const b = new B([0x61, 0x62]);
    t.is(b.utf8Slice(0, 1), 'a');
    t.is(b.asciiWrite('z', 1), 1);
  } finally {
    Object.assign(proto, { write: saved.write, copy: saved.copy, toString: saved.toString });
    statics.byteLength = saved.byteLength;
  }
  t.deepEqual(made.map(hex), ['abcd', '0102']);
  t.deepEqual(calls, ['toString', 'write']);
});

test("buf.toLocaleString() is Object.prototype's, as 0.10's: this.toString(), the utf8 text (not Uint8Array's list of numbers)", (t) => {
  const b = new Buffer('héllo');
  t.is(b.toLocaleString(), 'héllo');
  t.is(b.toLocaleString, Object.prototype.toLocaleString);
  const s = new SlowBuffer(2);
  s[0] = 0x61;
  s[1] = 0x62;
  t.is(s.toLocaleString(), 'ab');
  t.false(Object.getOwnPropertyNames(Buffer.prototype).includes('toLocaleString'), "not one of Buffer.prototype's own names");
  t.true(b instanceof Uint8Array);
});
