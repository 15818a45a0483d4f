// Foreign Buffers (another class's Buffers: npm `buffer` here, portable): Buffer.isBuffer, concat,
// copy and `@n10/buffer/internal`'s adoptBuffer. The host's own Buffer: foreign.node.test.ts.
import test from 'ava';
import buffer from '@n10/buffer';
import { adoptBuffer, isForeignBuffer } from '@n10/buffer/internal';
import { Buffer as NpmBuffer } from 'buffer/index.js';

const { Buffer } = buffer;

test('Buffer.isBuffer(obj) is true for an npm `buffer` Buffer, false for a plain Uint8Array (as 0.10)', (t) => {
  t.true(Buffer.isBuffer(NpmBuffer.from('hi')));
  t.false(Buffer.isBuffer(new Uint8Array(2)));
  t.false(Buffer.isBuffer(new Uint16Array(2)));
  t.false(Buffer.isBuffer(new DataView(new ArrayBuffer(2))));
  t.false(Buffer.isBuffer({ constructor: NpmBuffer, length: 0 }));
  t.false(Buffer.isBuffer('hi'));
  t.true(Buffer.isBuffer(new Buffer('hi')));
});

test('Buffer.isBuffer: a class whose isBuffer calls n10\'s does not recurse', (t) => {
  class Loop extends Uint8Array {
    static isBuffer(v: unknown): boolean {
      return Buffer.isBuffer(v);
    }
  }
  t.false(Buffer.isBuffer(new Loop(2)));
  const u8 = new Uint8Array(2) as Uint8Array & { constructor: unknown };
  Object.defineProperty(u8, 'constructor', { value: Buffer });
  t.false(Buffer.isBuffer(u8));
  class Throws extends Uint8Array {
    static isBuffer(): boolean {
      throw new Error('no');
    }
  }
  t.false(Buffer.isBuffer(new Throws(1)));
});

test('adoptBuffer(value): an n10 Buffer over the same memory, without copying', (t) => {
  const store = new ArrayBuffer(16);
  const foreign = NpmBuffer.from(store, 4, 8);
  t.true(isForeignBuffer(foreign));
  const mine = adoptBuffer(foreign)!;
  t.true(mine instanceof Buffer);
  t.false(isForeignBuffer(mine));
  t.is(mine.buffer, store);
  t.is(mine.byteOffset, 4);
  t.is(mine.length, 8);
  foreign[0] = 0x41;
  t.is(mine.toString('ascii', 0, 1), 'A');
  mine[1] = 0x42;
  t.is(foreign[1], 0x42);
  const own = new Buffer('x');
  t.is(adoptBuffer(own), own);
  t.is(adoptBuffer(new Uint8Array(1)), null);
  t.is(adoptBuffer('x'), null);
  t.is(adoptBuffer(null), null);
});

test('Buffer.concat(list) takes foreign Buffers (and gives an n10 Buffer)', (t) => {
  const out = Buffer.concat([NpmBuffer.from('ab') as unknown as InstanceType<typeof Buffer>, new Buffer('cd'), NpmBuffer.from('ef') as never]);
  t.true(out instanceof Buffer);
  t.is(out.toString(), 'abcdef');
  const one = NpmBuffer.from('solo');
  const only = Buffer.concat([one as never]);
  t.true(only instanceof Buffer);
  t.is(only.toString(), 'solo');
  only[0] = 0x53;
  t.is(one.toString(), 'Solo', 'a one-item list is the same memory, as in 0.10');
});

test('buf.copy(targetBuffer) writes into a foreign Buffer; new Buffer(foreign) copies', (t) => {
  const target = NpmBuffer.alloc(6);
  t.is(new Buffer('hello').copy(target as never, 1), 5);
  t.is(target.toString('latin1'), '\u0000hello');
  t.is(new Buffer('xyz').copy(target as never, 0, 1, 2), 1);
  t.is(target[0], 0x79);
  const src = NpmBuffer.from('abc');
  const copied = new Buffer(src as never);
  copied[0] = 0x7a;
  t.is(src.toString(), 'abc');
  t.is(copied.toString(), 'zbc');
});

test('the internal entry adds nothing to the 0.10 module object', (t) => {
  t.deepEqual(Object.keys(buffer), ['INSPECT_MAX_BYTES', 'SlowBuffer', 'Buffer']);
  t.false('adoptBuffer' in buffer.Buffer);
  t.false('isForeignBuffer' in buffer);
});
