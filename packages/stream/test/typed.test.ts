// The TypeScript face: the module value, named exports, generic chunk types, and the 0.10
// subclassing idiom typed without casts beyond the constructor call.
import test from 'ava';
import Stream, { Duplex, PassThrough, Readable, Transform, Writable, type Chunk, type WriteCallback } from '@n10/stream';
import { inherits } from '@n10/util';

test('Class: stream.Readable (in API for Stream Implementors): typed subclass with util.inherits and Readable.call', async (t) => {
  interface Count extends Readable<string> {
    n: number;
  }
  function Count(this: Count): void {
    Readable.call(this, { encoding: 'utf8' });
    this.n = 0;
  }
  inherits(Count, Readable);
  Count.prototype._read = function (this: Count) {
    this.push(this.n < 3 ? String(this.n++) : null);
  };
  const c = new (Count as unknown as new () => Count)();
  const out: string[] = [];
  await new Promise<void>((resolve) => {
    c.on('data', (d: string) => out.push(d));
    c.on('end', resolve);
  });
  t.deepEqual(out, ['0', '1', '2']);
  t.true(c instanceof Stream);
});

test('named exports are the properties of the module value', (t) => {
  t.is(Stream.Readable, Readable);
  t.is(Stream.Writable, Writable);
  t.is(Stream.Duplex, Duplex);
  t.is(Stream.Transform, Transform);
  t.is(Stream.PassThrough, PassThrough);
  t.is(Stream.Stream, Stream);
});

test('new stream.Transform([options]): object-mode generics carry the chunk type', async (t) => {
  const doubler = new Transform<number>({ objectMode: true });
  doubler._transform = function (n: number, _enc: string, cb) {
    cb(null, n * 2);
  };
  const got: number[] = [];
  const sink = new Writable<number>({ objectMode: true });
  sink._write = function (n: number, _enc: string, cb: WriteCallback) {
    got.push(n);
    cb();
  };
  await new Promise<void>((resolve) => {
    sink.on('finish', resolve);
    doubler.pipe(sink);
    doubler.write(1);
    doubler.write(0);
    doubler.end(21);
  });
  t.deepEqual(got, [2, 0, 42]);
  const first: Chunk | null = new PassThrough().read();
  t.is(first, null);
});
