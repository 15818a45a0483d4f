// The host's own Buffer (a current Node's) as a foreign Buffer, and n10 Buffers given to host APIs.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import buffer from '@n10/buffer';
import { adoptBuffer } from '@n10/buffer/internal';

const { Buffer } = buffer;

test('Buffer.isBuffer(obj) is true for a host Buffer, including a pooled slice', (t) => {
  t.true(Buffer.isBuffer(HostBuffer.from('x')));
  t.true(Buffer.isBuffer(HostBuffer.alloc(0)));
  t.true(Buffer.isBuffer(HostBuffer.from('hello').subarray(1)));
});

test('adoptBuffer(host Buffer) shares the host pool memory, n10 methods on it', (t) => {
  const host = HostBuffer.from('hello world');
  const mine = adoptBuffer(host)!;
  t.true(mine instanceof Buffer);
  t.is(mine.toString('utf8', 6), 'world');
  t.is(mine.byteOffset, host.byteOffset);
  t.is(mine.parent!.length, host.buffer.byteLength);
  mine.write('J');
  t.is(host.toString(), 'Jello world');
});

test('Buffer.concat and buf.copy with host Buffers', (t) => {
  const out = Buffer.concat([HostBuffer.from('a') as never, new Buffer('b'), HostBuffer.from('c') as never]);
  t.is(out.toString(), 'abc');
  const target = HostBuffer.alloc(3);
  new Buffer('xyz').copy(target as never);
  t.is(target.toString(), 'xyz');
});

test('n10 Buffers go to host APIs (they are Uint8Arrays)', (t) => {
  const b = new Buffer('hi there');
  t.is(createHash('md5').update(b).digest('hex'), createHash('md5').update('hi there').digest('hex'));
  t.is(HostBuffer.concat([b, HostBuffer.from('!')]).toString(), 'hi there!');
  t.true(HostBuffer.from(b.buffer, b.byteOffset, b.length).equals(HostBuffer.from('hi there')));
  t.is(new TextDecoder().decode(b), 'hi there');
});

test('Buffers of another copy of @n10/buffer (two versions in one node_modules) are Buffers to each other', (t) => {
  const req = createRequire(__filename);
  const entry = req.resolve('../src/index.ts');
  const saved = { ...req.cache };
  for (const k of Object.keys(req.cache)) if (k.includes(`${path.sep}packages${path.sep}buffer${path.sep}src${path.sep}`)) delete req.cache[k];
  const other = (req(entry) as { default: typeof buffer }).default;
  Object.assign(req.cache, saved);
  t.not(other.Buffer, Buffer, 'a second module instance');
  const theirs = new other.Buffer('theirs');
  t.false(theirs instanceof Buffer);
  t.true(Buffer.isBuffer(theirs));
  t.true(other.Buffer.isBuffer(new Buffer('mine')));
  const mine = adoptBuffer(theirs)!;
  t.true(mine instanceof Buffer);
  t.is(mine.buffer, theirs.buffer);
  t.is(Buffer.concat([theirs, new Buffer('+mine')]).toString(), 'theirs+mine');
});
