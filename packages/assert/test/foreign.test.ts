// assert.deepEqual with foreign Buffers (npm `buffer`'s here; a current Node's own in
// foreign.node.test.ts): Buffers compare byte by byte whatever their class.
import test from 'ava';
import { Buffer as NpmBuffer } from 'buffer/index.js';
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

test('assert.deepEqual(actual, expected) compares an npm buffer and an n10 Buffer byte by byte', (t) => {
  t.notThrows(() => assert.deepEqual(NpmBuffer.from('hi'), new Buffer('hi')));
  t.notThrows(() => assert.deepEqual({ b: new Buffer('hi') }, { b: NpmBuffer.from('hi') }));
  t.is(fails(() => assert.deepEqual(NpmBuffer.from('hi'), new Buffer('ho'))), 'AssertionError');
  t.notThrows(() => assert.notDeepEqual(NpmBuffer.from('hi'), new Buffer('hi!')));
});

test('assert.deepEqual(actual, expected): a plain Uint8Array is not a Buffer (compared as an object, as 0.10)', (t) => {
  t.is(fails(() => assert.deepEqual(new Uint8Array([104, 105]), new Buffer('hi'))), 'AssertionError');
});
