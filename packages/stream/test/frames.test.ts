// Frames a program sees in the stacks of stream errors: named as 0.10's functions were.
import test from 'ava';
import stream from '@n10/stream';
import { frameNames, siteOfThrow } from '../../../tools/test-throw-sites';

// The function names of the frames here (frameNames over a throw made for it).
const names = (): string[] =>
  frameNames(() => {
    throw new Error('here');
  });

test('writable.write(chunk): the TypeError for a chunk that is not a string or Buffer is made in validChunk, as in 0.10', (t) => {
  const w = new stream.Writable();
  w._write = (_c: unknown, _e: string, cb: () => void) => cb();
  let caught: Error | undefined;
  w.on('error', (e: Error) => {
    caught = e;
  });
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, frames) => frames;
  try {
    w.write(5 as unknown as string);
    const sites = (caught as unknown as { stack: { getFunctionName(): string | null }[] }).stack;
    t.is(sites[0].getFunctionName(), 'validChunk');
  } finally {
    Error.prepareStackTrace = saved;
  }
});

test('readable.pipe(destination), Stream#pipe and readable.wrap(stream) with no destination/stream: V8 3.14\'s TypeError, its site in 0.10\'s library noted for the runtime', (t) => {
  const cases: [() => unknown, string, number, string, number, string][] = [
    [() => new stream.Readable().pipe(null as never), '_stream_readable.js', 476, "  dest.on('unpipe', onunpipe);", 7, "Cannot call method 'on' of null"],
    [() => new stream.Readable().pipe({} as never), '_stream_readable.js', 476, "  dest.on('unpipe', onunpipe);", 7, "Object #<Object> has no method 'on'"],
    [() => new stream().pipe(undefined as never), 'stream.js', 65, "  dest.on('drain', ondrain);", 7, "Cannot call method 'on' of undefined"],
    [() => new stream.Readable().wrap(null as never), '_stream_readable.js', 782, "  stream.on('end', function() {", 9, "Cannot call method 'on' of null"],
  ];
  for (const [fn, file, line, text, col, message] of cases) {
    const site = siteOfThrow(t, fn);
    t.deepEqual(site, { file, line, text, caret: ' '.repeat(col) + '^' });
    t.is((t.throws(fn) as Error).message, message);
  }
});

test('writable.write(chunk, [encoding]) and readable.push(chunk, [encoding]) with an encoding Buffer refuses: new Buffer is called from decodeChunk under writeOrBuffer, and from push itself, as in 0.10', (t) => {
  const w = new stream.Writable();
  w._write = (_c: unknown, _e: string, cb: () => void) => cb();
  const writeNames = frameNames(() => w.write('abc', 'bogus'));
  t.true(writeNames.length > 0);
  const i = writeNames.indexOf('decodeChunk');
  t.true(i > 0, writeNames.join(','));
  t.is(writeNames[i + 1], 'writeOrBuffer');
  t.false(writeNames.includes('bufferFrom'));
  const r = new stream.Readable();
  r._read = () => {};
  const pushNames = frameNames(() => r.push('abc', 'bogus'));
  const j = pushNames.findIndex((n) => n === 'push' || n.endsWith('.push'));
  t.true(j > 0, pushNames.join(','));
  t.false(pushNames.slice(0, j).some((n) => /bufferFrom|decodeChunk/.test(n)));
});

test("'readable' emitted on the next tick and the read-more tick: frames emitReadable_ and maybeReadMore_ under the tick, as 0.10's closures called them", async (t) => {
  const onReadable = await new Promise<string[]>((resolve) => {
    const r = new stream.Readable();
    r._read = function () {
      this.push('x');
    };
    r.on('readable', () => resolve(names()));
  });
  const i = onReadable.indexOf('emitReadableEvent'); // (the runtime names it emitReadable_)
  t.true(i > 0, onReadable.join(','));
  t.is(onReadable[i + 1], 'readableTick');
  const inRead = await new Promise<string[]>((resolve) => {
    const r = new stream.Readable();
    let n = 0;
    r._read = function () {
      if (n++ === 2) resolve(names());
      else this.push('x');
    };
    r.on('readable', () => r.read());
  });
  const j = inRead.indexOf('maybeReadMore_');
  t.true(j > 0, inRead.join(','));
  t.is(inRead[j + 1], 'readMoreTick');
});

test("readable.pipe(destination): the destination finishing unpipes through the pipe's own unpipe(), as 0.10 (a stack from an 'unpipe' listener shows onfinish, unpipe, then Readable.unpipe)", (t) => {
  const w = new stream.Writable();
  w._write = (_c: unknown, _e: string, cb: () => void) => cb();
  const r = new stream.Readable();
  r._read = () => {};
  r.pipe(w);
  let seen: string[] = [];
  w.on('unpipe', () => {
    seen = names();
  });
  w.end();
  const i = seen.indexOf('onfinish');
  t.true(i > 1, seen.join(','));
  // (A browser bundle may number the name: unpipe2.)
  t.regex(seen[i - 1], /^unpipe\d*$/);
});

test("writable.write(chunk, [callback]): 'drain' is emitted from onwriteDrain under afterWrite, and a synchronous _write's afterWrite runs from a tick of its own (afterWriteTick), as 0.10's closure", async (t) => {
  const onDrain = await new Promise<string[]>((resolve) => {
    const w = new stream.Writable({ highWaterMark: 1 });
    w._write = (_c: unknown, _e: string, cb: () => void) => setTimeout(cb, 0);
    w.on('drain', () => resolve(names()));
    w.write('ab');
  });
  const i = onDrain.indexOf('onwriteDrain');
  t.true(i > 0, onDrain.join(','));
  t.is(onDrain[i + 1], 'afterWrite');
  const inCallback = await new Promise<string[]>((resolve) => {
    const w = new stream.Writable();
    w._write = (_c: unknown, _e: string, cb: () => void) => cb();
    w.write('a', () => resolve(names()));
  });
  const j = inCallback.indexOf('afterWrite');
  t.true(j > 0, inCallback.join(','));
  t.is(inCallback[j + 1], 'afterWriteTick');
});

test('new Readable({ encoding }) and readable.setEncoding(encoding) with an unknown encoding: the StringDecoder is made in ReadableState / setEncoding themselves, as in 0.10 (no helper frame)', (t) => {
  const inCtor = frameNames(() => new stream.Readable({ encoding: 'bogus' }));
  t.true(inCtor.length > 0);
  t.false(inCtor.includes('newDecoder'), inCtor.join(','));
  t.true(inCtor.includes('ReadableState'), inCtor.join(','));
  const inSet = frameNames(() => new stream.Readable().setEncoding('nope'));
  t.false(inSet.includes('newDecoder'), inSet.join(','));
});

test("writable._write(chunk, encoding, callback) calling back with an error: the write's callback and 'error' come from onwriteError under onwrite, as in 0.10", async (t) => {
  const w = new stream.Writable();
  let done: (() => void) | undefined;
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  // Later, not within _write (setTimeout: browsers have no setImmediate).
  w._write = (_c: unknown, _e: string, cb: (er?: Error) => void) => {
    setTimeout(() => cb(new Error('bad')), 0);
  };
  let fromCallback: string[] = [];
  let fromError: string[] = [];
  w.on('error', () => {
    fromError = names();
    done?.();
  });
  w.write('x', () => {
    fromCallback = names();
  });
  await finished;
  // (A bundler may number a name: onwriteError2.)
  for (const frames of [fromCallback, fromError]) {
    const at = frames.findIndex((n) => /^onwriteError\d*$/.test(n));
    t.true(at > 0, frames.join(','));
    t.regex(frames[at + 1] ?? '', /^onwrite\d*$/, frames.join(','));
  }
});
