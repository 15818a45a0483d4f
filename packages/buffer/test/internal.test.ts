// @n10/buffer/internal: what net/fs/the runtime use to turn the binding's Uint8Arrays into Buffers.
import test from 'ava';
import buffer from '@n10/buffer';
import { fromUint8Array } from '@n10/buffer/internal';

test('fromUint8Array(u8) is a Buffer over the same memory, without copying', (t) => {
  const store = new ArrayBuffer(16);
  const u8 = new Uint8Array(store, 4, 8);
  const buf = fromUint8Array(u8);
  t.true(buffer.Buffer.isBuffer(buf));
  t.is(buf.length, 8);
  t.is(buf.buffer, store);
  t.is(buf.byteOffset, 4);
  u8[0] = 0x41;
  t.is(buf.toString('ascii', 0, 1), 'A', 'writes through the Uint8Array show in the Buffer');
  buf[1] = 0x42;
  t.is(u8[1], 0x42, 'and the other way');
  t.is(buf.offset, 4);
  t.is(buf.parent!.length, 16);
});

test('fromUint8Array(buf) returns a Buffer as it is', (t) => {
  const b = new buffer.Buffer('hi');
  t.is(fromUint8Array(b), b);
});

test('the internal entry is not part of the 0.10 module', (t) => {
  t.false('fromUint8Array' in buffer);
  t.false('fromUint8Array' in buffer.Buffer);
});
