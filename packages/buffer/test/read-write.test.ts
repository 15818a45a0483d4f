// buf.read*/buf.write* for every width, the manual's examples first, then 0.10's bounds
// checks and what noAssert lets through (values read off node v0.10.19).
import test from 'ava';
import buffer from '../src/index';
import type { BufferInstance } from '../src/index';
import { hex, throwsWith } from './helpers/assert';

const { Buffer } = buffer;
const B = Buffer as unknown as new (...args: unknown[]) => BufferInstance;
type Reader = (offset: unknown, noAssert?: boolean) => number | undefined;
type Writer = (value: unknown, offset: unknown, noAssert?: boolean) => void;
const reader = (b: BufferInstance, name: string): Reader => (b as unknown as Record<string, Reader>)[name].bind(b);
const writer = (b: BufferInstance, name: string): Writer => (b as unknown as Record<string, Writer>)[name].bind(b);

function manualBytes(): BufferInstance {
  const buf = new B(4);
  buf[0] = 0x3;
  buf[1] = 0x4;
  buf[2] = 0x23;
  buf[3] = 0x42;
  return buf;
}

const READS: Array<[string, number]> = [
  ['readUInt8', 1], ['readInt8', 1], ['readUInt16LE', 2], ['readUInt16BE', 2], ['readInt16LE', 2], ['readInt16BE', 2],
  ['readUInt32LE', 4], ['readUInt32BE', 4], ['readInt32LE', 4], ['readInt32BE', 4],
  ['readFloatLE', 4], ['readFloatBE', 4], ['readDoubleLE', 8], ['readDoubleBE', 8],
];

test('buf.readUInt8(offset, [noAssert])', (t) => {
  const buf = manualBytes();
  t.deepEqual([0, 1, 2, 3].map((i) => buf.readUInt8(i)), [0x3, 0x4, 0x23, 0x42]);
  t.is(buf.readUInt8(4, true) as number | undefined, undefined, 'noAssert: beyond the end reads undefined');
});

test('buf.readUInt16LE(offset, [noAssert]) and buf.readUInt16BE(offset, [noAssert])', (t) => {
  const buf = manualBytes();
  t.deepEqual([buf.readUInt16BE(0), buf.readUInt16LE(0), buf.readUInt16BE(1), buf.readUInt16LE(1), buf.readUInt16BE(2), buf.readUInt16LE(2)],
    [0x0304, 0x0403, 0x0423, 0x2304, 0x2342, 0x4223]);
  t.is(buf.readUInt16LE(3, true), 0x42, 'noAssert: the missing byte counts 0');
  t.is(buf.readUInt16BE(3, true), 0x4200);
  t.is(buf.readUInt16LE(-1, true), 0x0300);
});

test('buf.readUInt32LE(offset, [noAssert]) and buf.readUInt32BE(offset, [noAssert])', (t) => {
  const buf = manualBytes();
  t.is(buf.readUInt32BE(0), 0x03042342);
  t.is(buf.readUInt32LE(0), 0x42230403);
  t.is(new B([0xff, 0xff, 0xff, 0xff]).readUInt32LE(0), 0xffffffff, 'unsigned');
  t.is(buf.readUInt32LE(2, true), 0x4223);
});

test('buf.readInt8(offset, [noAssert])', (t) => {
  const b = new B([0x7f, 0x80, 0xff]);
  t.deepEqual([b.readInt8(0), b.readInt8(1), b.readInt8(2)], [127, -128, -1]);
  t.is(b.readInt8(3, true) as number | undefined, undefined);
});

test('buf.readInt16LE(offset, [noAssert]) and buf.readInt16BE(offset, [noAssert])', (t) => {
  const b = new B([0x00, 0x80, 0xff, 0xff]);
  t.is(b.readInt16LE(0), -32768);
  t.is(b.readInt16BE(0), 128);
  t.is(b.readInt16BE(2), -1);
  t.is(b.readInt16LE(4, true), 0);
});

test('buf.readInt32LE(offset, [noAssert]) and buf.readInt32BE(offset, [noAssert])', (t) => {
  const b = new B([0x00, 0x00, 0x00, 0x80, 0xff, 0xff, 0xff, 0xff]);
  t.is(b.readInt32LE(0), -2147483648);
  t.is(b.readInt32BE(0), 128);
  t.is(b.readInt32BE(4), -1);
});

test('buf.readFloatLE(offset, [noAssert]) and buf.readFloatBE(offset, [noAssert])', (t) => {
  const buf = new B([0x00, 0x00, 0x80, 0x3f]);
  t.is(buf.readFloatLE(0), 1);
  t.is(new B([0x3f, 0x80, 0x00, 0x00]).readFloatBE(0), 1);
  t.is(buf.readFloatLE(1.5 as number, true), buf.readFloatLE(1, true), 'noAssert takes the offset as an integer');
});

test('buf.readDoubleLE(offset, [noAssert]) and buf.readDoubleBE(offset, [noAssert])', (t) => {
  const buf = new B([0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0xd5, 0x3f]);
  t.is(buf.readDoubleLE(0), 0.3333333333333333);
  t.is(new B([0x3f, 0xd5, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55]).readDoubleBE(0), 0.3333333333333333);
});

test('every reader checks its offset as 0.10 did', (t) => {
  const b = new B([1, 2, 3, 4, 5, 6, 7, 8]);
  for (const [name, size] of READS) {
    const read = reader(b, name);
    throwsWith(t, () => read(8 - size + 1), RangeError, 'Trying to access beyond buffer length');
    throwsWith(t, () => read(-1), RangeError, 'offset is not uint');
    throwsWith(t, () => read(1.5), RangeError, 'offset is not uint');
    throwsWith(t, () => read(undefined), RangeError, 'offset is not uint');
    throwsWith(t, () => read('2'), RangeError, 'Trying to access beyond buffer length'); // '2' + size is a string
    t.notThrows(() => read(null), `${name}(null) passes 0.10's checks`);
  }
  t.is(b.readUInt16LE(null as unknown as number), 0x0200, 'null passes as 0 but this[null] is undefined');
});

test('buf.writeUInt8(value, offset, [noAssert])', (t) => {
  const buf = new B(4);
  buf.writeUInt8(0x3, 0);
  buf.writeUInt8(0x4, 1);
  buf.writeUInt8(0x23, 2);
  buf.writeUInt8(0x42, 3);
  t.is(buf.inspect(), '<Buffer 03 04 23 42>');
  t.is(buf.writeUInt8(1, 0), undefined, 'writers return undefined in 0.10');
  buf.writeUInt8(-1, 0, true);
  buf.writeUInt8(256, 1, true);
  t.is(hex(buf), 'ff002342', 'noAssert stores the value modulo 256');
  buf.writeUInt8(1, 4, true);
  t.is(buf.length, 4, 'noAssert writes beyond the end vanish');
});

test('buf.writeUInt16LE(value, offset, [noAssert]) and buf.writeUInt16BE(value, offset, [noAssert])', (t) => {
  const buf = new B(4);
  buf.writeUInt16BE(0xdead, 0);
  buf.writeUInt16BE(0xbeef, 2);
  t.is(buf.inspect(), '<Buffer de ad be ef>');
  buf.writeUInt16LE(0xdead, 0);
  buf.writeUInt16LE(0xbeef, 2);
  t.is(buf.inspect(), '<Buffer ad de ef be>');
  buf.writeUInt16LE(0x0102, 3, true);
  t.is(hex(buf), 'addeef02', 'noAssert: the byte that fits is written');
});

test('buf.writeUInt32LE(value, offset, [noAssert]) and buf.writeUInt32BE(value, offset, [noAssert])', (t) => {
  const buf = new B(4);
  buf.writeUInt32BE(0xfeedface, 0);
  t.is(buf.inspect(), '<Buffer fe ed fa ce>');
  buf.writeUInt32LE(0xfeedface, 0);
  t.is(buf.inspect(), '<Buffer ce fa ed fe>');
});

test('buf.writeInt8(value, offset, [noAssert])', (t) => {
  const buf = new B(3);
  buf.writeInt8(-1, 0);
  buf.writeInt8(127, 1);
  buf.writeInt8(-128, 2);
  t.is(hex(buf), 'ff7f80');
  buf.writeInt8(-1.5, 0, true);
  t.is(buf[0], 0xfe, '0.10 added 256 before truncating');
  writer(buf, 'writeInt8')('-1', 0);
  t.is(buf[0], 0, 'a string value concatenates in 0.10 ("256-1") and stores 0');
});

test('buf.writeInt16LE(value, offset, [noAssert]) and buf.writeInt16BE(value, offset, [noAssert])', (t) => {
  const buf = new B(4);
  buf.writeInt16LE(-2, 0);
  buf.writeInt16BE(-2, 2);
  t.is(hex(buf), 'fefffffe');
});

test('buf.writeInt32LE(value, offset, [noAssert]) and buf.writeInt32BE(value, offset, [noAssert])', (t) => {
  const buf = new B(8);
  buf.writeInt32LE(-2, 0);
  buf.writeInt32BE(-2147483648, 4);
  t.is(hex(buf), 'feffffff80000000');
});

test('buf.writeFloatLE(value, offset, [noAssert]) and buf.writeFloatBE(value, offset, [noAssert])', (t) => {
  const buf = new B(4);
  buf.writeFloatBE(0xcafebabe, 0);
  t.is(buf.inspect(), '<Buffer 4f 4a fe bb>');
  buf.writeFloatLE(0xcafebabe, 0);
  t.is(buf.inspect(), '<Buffer bb fe 4a 4f>');
  throwsWith(t, () => buf.writeFloatLE('1' as unknown as number, 0), TypeError, 'value not a number');
  throwsWith(t, () => buf.writeFloatLE(1, 1), RangeError, 'Trying to access beyond buffer length');
  throwsWith(t, () => writer(buf, 'writeFloatLE')(1, '0'), TypeError, 'offset is not uint');
  writer(buf, 'writeFloatLE')('x', 0, true);
  t.is(hex(buf), '0000c07f', 'noAssert: any value is converted to a number (NaN here)');
});

test('buf.writeDoubleLE(value, offset, [noAssert]) and buf.writeDoubleBE(value, offset, [noAssert])', (t) => {
  const buf = new B(8);
  buf.writeDoubleBE(0xdeadbeefcafebabe, 0);
  t.is(buf.inspect(), '<Buffer 43 eb d5 b7 dd f9 5f d7>');
  buf.writeDoubleLE(0xdeadbeefcafebabe, 0);
  t.is(buf.inspect(), '<Buffer d7 5f f9 dd b7 d5 eb 43>');
  t.is(buf.readDoubleLE(0), 0xdeadbeefcafebabe);
});

test('integer writers check the value, then the offset, as 0.10 did', (t) => {
  const b = new B(4);
  const cases: Array<[string, number, number]> = [
    ['writeUInt8', 0, 0xff], ['writeUInt16LE', 0, 0xffff], ['writeUInt16BE', 0, 0xffff], ['writeUInt32LE', 0, 0xffffffff], ['writeUInt32BE', 0, 0xffffffff],
    ['writeInt8', -0x80, 0x7f], ['writeInt16LE', -0x8000, 0x7fff], ['writeInt16BE', -0x8000, 0x7fff], ['writeInt32LE', -0x80000000, 0x7fffffff], ['writeInt32BE', -0x80000000, 0x7fffffff],
  ];
  for (const [name, min, max] of cases) {
    const write = writer(b, name);
    t.notThrows(() => write(min, 0), `${name}(${min})`);
    t.notThrows(() => write(max, 0), `${name}(${max})`);
    throwsWith(t, () => write(max + 1, 0), TypeError, 'value is out of bounds');
    throwsWith(t, () => write(min - 1, 0), TypeError, 'value is out of bounds');
    throwsWith(t, () => write(1.5, 0), TypeError, 'value is out of bounds');
    throwsWith(t, () => write(max + 1, 10), TypeError, 'value is out of bounds');
    throwsWith(t, () => write(1, -1), TypeError, 'offset is not uint');
    throwsWith(t, () => write(1, 4), RangeError, 'Trying to write outside buffer length');
  }
});

test('buf.readUInt8 / buf.writeUInt8 out of bounds: the throw site (buffer.js:580-788) is noted where the n10 runtime keeps them', (t) => {
  const key = Symbol.for('n10.throwSites');
  const g = globalThis as unknown as Record<symbol, unknown>;
  const had = Object.getOwnPropertyDescriptor(g, key);
  const sites = new WeakMap<object, { file: string; line: number; text: string; caret: string }>();
  Object.defineProperty(g, key, { value: sites, configurable: true });
  const b = new B(2);
  const lineOf = (f: () => void): number | undefined => {
    try {
      f();
    } catch (e) {
      return sites.get(e as object)?.line;
    }
    return undefined;
  };
  try {
    t.is(lineOf(() => reader(b, 'readInt32BE')(-1)), 580);
    t.is(lineOf(() => reader(b, 'readUInt8')(5)), 582);
    t.is(lineOf(() => writer(b, 'writeFloatLE')(1, 5)), 582);
    t.is(lineOf(() => writer(b, 'writeUInt8')(300, 0)), 784);
    t.is(lineOf(() => writer(b, 'writeUInt8')(1, -1)), 786);
    t.is(lineOf(() => writer(b, 'writeUInt16LE')(1, 1)), 788);
    const err = t.throws(() => reader(b, 'readUInt8')(5)) as Error;
    t.deepEqual(sites.get(err), { file: 'buffer.js', line: 582, text: "    throw new RangeError('Trying to access beyond buffer length');", caret: '          ^' });
  } finally {
    delete g[key];
    if (had) Object.defineProperty(g, key, had);
  }
  t.throws(() => reader(b, 'readUInt8')(5), { message: 'Trying to access beyond buffer length' });
});
