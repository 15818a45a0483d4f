import test from 'ava';
import buffer from '../src/index';

const { Buffer, SlowBuffer } = buffer;
const classOf = (value: unknown): string => Object.prototype.toString.call(value);

test('Buffer instances are objects to Object.prototype.toString ([object Object]), as in 0.10', (t) => {
  t.is(classOf(new Buffer(3)), '[object Object]');
  t.is(classOf(new Buffer(3).slice(1)), '[object Object]');
  t.is(classOf(Buffer.prototype), '[object Object]');
});

test('SlowBuffer instances and a Buffer\'s parent are [object SlowBuffer], as in 0.10', (t) => {
  t.is(classOf(new SlowBuffer(2)), '[object SlowBuffer]');
  t.is(classOf(new Buffer(1).parent), '[object SlowBuffer]');
});

test('Buffers stay typed arrays underneath: ArrayBuffer.isView', (t) => {
  t.true(ArrayBuffer.isView(new Buffer(1)));
});
