// Foreign Buffers (npm `buffer`'s here; the host's in foreign.node.test.ts): byte streams take
// them wherever 0.10 took a Buffer, and keep an n10 Buffer over the same memory in their place.
import test from 'ava';
import stream from '@n10/stream';
import buffer from '@n10/buffer';
import { Buffer as NpmBuffer } from 'buffer/index.js';

const { Buffer } = buffer;

test('writable.write(chunk) takes an npm `buffer` Buffer; _write gets an n10 Buffer over its memory', (t) => {
  const w = new stream.Writable();
  const got: unknown[] = [];
  const encodings: string[] = [];
  w._write = (chunk, encoding, cb) => {
    got.push(chunk);
    encodings.push(encoding);
    cb();
  };
  const foreign = NpmBuffer.from('abc');
  let errored = false;
  w.on('error', () => (errored = true));
  w.write(foreign);
  w.end(NpmBuffer.from('def'));
  t.false(errored);
  t.is(got.length, 2);
  t.true(got[0] instanceof Buffer);
  t.is((got[0] as Uint8Array).buffer, foreign.buffer, 'no copy');
  t.deepEqual(encodings, ['buffer', 'buffer']);
  t.is(String(got[1]), 'def');
});

test('readable.push(chunk) and readable.unshift(chunk) take npm `buffer` Buffers; read() gives n10 Buffers', (t) => {
  const r = new stream.Readable();
  r._read = () => {};
  r.push(NpmBuffer.from('world'));
  r.unshift(NpmBuffer.from('hello '));
  const out = r.read();
  t.true(out instanceof Buffer);
  t.is(String(out), 'hello world');
});

test('readable.setEncoding(enc) decodes foreign Buffers (split characters held back)', (t) => {
  const r = new stream.Readable();
  r._read = () => {};
  r.setEncoding('utf8');
  const euro = NpmBuffer.from('\u20ac');
  r.push(euro.subarray(0, 1) as never);
  r.push(euro.subarray(1) as never);
  t.is(r.read(), '\u20ac');
});

test('PassThrough: foreign Buffers in, n10 Buffers out ("data")', (t) => {
  const p = new stream.PassThrough();
  const seen: unknown[] = [];
  p.on('data', (d) => seen.push(d));
  p.write(NpmBuffer.from('x'));
  p.end();
  t.is(seen.length, 1);
  t.true(seen[0] instanceof Buffer);
  t.is(String(seen[0]), 'x');
});

test('a plain Uint8Array is not a Buffer: Invalid non-string/buffer chunk, as in 0.10', (t) => {
  const p = new stream.PassThrough();
  const errors: string[] = [];
  p.on('error', (e: Error) => errors.push(e.message));
  p.write(new Uint8Array([1, 2]) as never);
  p.push(new Uint8Array([1, 2]) as never);
  t.deepEqual(errors, ['Invalid non-string/buffer chunk', 'Invalid non-string/buffer chunk']);
});

test('object mode passes foreign Buffers through as they are', (t) => {
  const p = new stream.PassThrough({ objectMode: true });
  const foreign = NpmBuffer.from('o');
  p.write(foreign);
  t.is(p.read(), foreign);
});
