// assert.deepEqual with a current Node's own Buffers next to n10's.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import buffer from '@n10/buffer';
import assert from '../src/index';

// n10's AssertionError is 0.10's (not an instance of the host's Error), so not t.throws.
function fails(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    return (e as { name: string }).name;
  }
  return 'passed';
}

const { Buffer } = buffer;

test('assert.deepEqual(actual, expected) compares a host Buffer and an n10 Buffer byte by byte', (t) => {
  t.notThrows(() => assert.deepEqual(HostBuffer.from('hi'), new Buffer('hi')));
  t.notThrows(() => assert.deepEqual(new Buffer([1, 2, 3]), HostBuffer.from([1, 2, 3])));
  t.is(fails(() => assert.deepEqual(HostBuffer.from('hi'), new Buffer('ho'))), 'AssertionError');
  t.notThrows(() => assert.notDeepEqual(HostBuffer.from('hi'), new Buffer('ho')));
});

test('assert.equal(actual, expected): a host Buffer in the generated message is the array of its bytes, as 0.10\'s Buffer#toJSON gave', (t) => {
  let message = '';
  try {
    assert.equal(1, HostBuffer.from('ab'));
  } catch (e) {
    message = (e as Error).message;
  }
  t.is(message, '1 == [97,98]');
  try {
    assert.deepEqual({ b: HostBuffer.from([1]) }, { b: new Buffer([2]) });
  } catch (e) {
    message = (e as Error).message;
  }
  t.is(message, '{"b":[1]} deepEqual {"b":[2]}');
});
