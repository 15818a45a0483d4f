// Readable: node 0.10's streams2 source. The implementor's _read(n) push()es chunks into
// _readableState.buffer; consumers take them with read(n) on 'readable', with pipe(), or
// in old mode ('data' events, see old-mode.ts).
//
// Everything observable follows 0.10.19 exactly: the state object's fields, when _read is
// called and with what size, which events are emitted synchronously and which on the next
// tick. Those rules are spelt out next to the code that keeps them.
import { nextTick } from '@n10/process';
import { inherits } from '@n10/util';
import { allocBuffer, BufferCtor, concatBuffers, DecoderCtor, isBuffer, ownBuffer } from './encoding';
import type { Decoder, StreamBuffer } from './encoding';
import { readableEmit } from './emit';
import { Stream } from './legacy';
import { emitDataEvents, pause, resume } from './old-mode';
import { pipe, unpipe } from './pipe';
import type { Listener, ReadableConstructor, ReadableOptions, ReadableState as State, ReadableStateConstructor } from './types';
import { wrap } from './wrap';

/** A Readable as this package's internals see it (chunks of any type). */
export type ReadableStream = import('./types').Readable<unknown>;

const DEFAULT_HWM = 16 * 1024;
// read(n) raises highWaterMark to the next power of two above n, but never past 8 MiB.
const MAX_HWM = 0x800000;

/** A highWaterMark option as 0.10 reads it: 0 is honoured, and the value is truncated. */
export function highWaterMarkOf(hwm: number | undefined): number {
  return ~~(hwm || hwm === 0 ? hwm : DEFAULT_HWM);
}

// A stream's next-tick functions, made once and queued again and again (rather than a new
// closure per tick, which V8 also compiles lazily on its first call: measured +2% on a
// 64 KiB pipe, one chunk per I/O turn). Each is queued at most once at a time by 0.10's own flags (readingMore,
// emittedReadable), and does exactly what 0.10's closure did. Kept on the state under a
// non-enumerable symbol: Object.keys, for-in, JSON and inspect do not show it.
const TICKS = Symbol('n10.stream.readableTicks');

interface Ticks {
  stream: ReadableStream;
  readableTick: () => void;
  readMoreTick: () => void;
}

type StateWithTicks = State & { [TICKS]?: Ticks | null };

function ticksOf(stream: ReadableStream, state: State): Ticks {
  const own = (state as StateWithTicks)[TICKS];
  if (own && own.stream === stream) return own;
  const ticks: Ticks = {
    stream,
    // 0.10's ticks were closures calling emitReadable_ and maybeReadMore_: a stack through
    // them shows those two functions under an anonymous frame, as 0.10's did.
    readableTick() {
      emitReadableEvent(stream);
    },
    readMoreTick() {
      maybeReadMore_(stream, state);
    },
  };
  // A state made by another constructor (or shared by two streams) just gets them too.
  if (own === null) (state as StateWithTicks)[TICKS] = ticks;
  return ticks;
}

// Read while nobody reads, up to the mark (or until a read brings nothing).
function maybeReadMore_(stream: ReadableStream, state: State): void {
  let len = state.length;
  while (!state.reading && !state.flowing && !state.ended && state.length < state.highWaterMark) {
    stream.read(0);
    if (len === state.length) break;
    len = state.length;
  }
  state.readingMore = false;
}

// Fields in 0.10's order: programs and inspect() see them.
function ReadableState(this: State, options?: ReadableOptions): void {
  options = options || {};
  this.highWaterMark = highWaterMarkOf(options.highWaterMark);
  this.buffer = [];
  this.length = 0;
  this.pipes = null;
  this.pipesCount = 0;
  this.flowing = false;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  // 'end' is only emitted once someone has called read(): a stream nobody consumes stays open.
  this.calledRead = false;
  // True while _read runs: pushes from inside _read announce 'readable' on the next tick.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.objectMode = !!options.objectMode;
  this.defaultEncoding = options.defaultEncoding || 'utf8';
  this.ranOut = false;
  this.awaitDrain = 0;
  this.readingMore = false;
  this.decoder = null;
  this.encoding = null;
  if (options.encoding) {
    this.decoder = new DecoderCtor(options.encoding);
    this.encoding = options.encoding;
  }
  // Made here (empty) so that every state has one shape; see ticksOf.
  Object.defineProperty(this, TICKS, { value: null, writable: true });
}
// Typed alias; the function keeps its own name (stack traces, inspect) by being a declaration.
const ReadableStateCtor = ReadableState as unknown as ReadableStateConstructor;
export { ReadableStateCtor as ReadableState };

function Readable(this: ReadableStream, options?: ReadableOptions): ReadableStream | void {
  if (!(this instanceof Readable)) return new (Readable as unknown as ReadableConstructor)(options);
  this._readableState = new ReadableStateCtor(options, this);
  // Old-style consumers test `readable`; it turns false when 'end' is emitted.
  this.readable = true;
  Stream.call(this);
}
const ReadableCtor = Readable as unknown as ReadableConstructor;
export { ReadableCtor as Readable };

ReadableCtor.ReadableState = ReadableStateCtor;
inherits(ReadableCtor, Stream);

const proto = ReadableCtor.prototype;

// For implementors. A string is converted to a Buffer unless it is already in the encoding
// the consumer reads in (setEncoding), in which case it is queued as it is.
proto.push = function (this: ReadableStream, chunk: unknown, encoding?: string): boolean {
  const state = this._readableState;
  if (typeof chunk === 'string' && !state.objectMode) {
    encoding = encoding || state.defaultEncoding;
    if (encoding !== state.encoding) {
      // Made here, as 0.10's push did (a bad encoding's TypeError shows Readable.push under new Buffer).
      chunk = new BufferCtor(chunk, encoding);
      encoding = '';
    }
  }
  return addChunk(this, state, chunk, encoding, false);
};

// Puts a chunk back at the front of the queue, for parsers that read too far.
proto.unshift = function (this: ReadableStream, chunk: unknown): boolean {
  return addChunk(this, this._readableState, chunk, '', true);
};

// Its own function, as 0.10's: its frame is in the error's stack.
function chunkInvalid(): TypeError {
  return new TypeError('Invalid non-string/buffer chunk');
}

function addChunk(stream: ReadableStream, state: State, chunk: unknown, encoding: string | undefined, addToFront: boolean): boolean {
  if (!state.objectMode && chunk !== null && chunk !== undefined && typeof chunk !== 'string' && !isBuffer(chunk)) {
    stream.emit('error', chunkInvalid());
  } else if (chunk === null || chunk === undefined) {
    // End of data.
    state.reading = false;
    if (!state.ended) onEofChunk(stream, state);
  } else if (state.objectMode || (chunk as Chunkish).length > 0) {
    if (state.ended && !addToFront) {
      stream.emit('error', new Error('stream.push() after EOF'));
    } else if (state.endEmitted && addToFront) {
      stream.emit('error', new Error('stream.unshift() after end event'));
    } else {
      if (!state.objectMode && typeof chunk === 'object') chunk = ownBuffer(chunk);
      // A chunk pushed in the reading encoding is already text; an unshifted one was.
      if (state.decoder && !addToFront && !encoding) chunk = state.decoder.write(chunk as StreamBuffer);
      state.length += state.objectMode ? 1 : (chunk as Chunkish).length;
      if (addToFront) {
        state.buffer.unshift(chunk);
      } else {
        state.reading = false;
        // An indexed store at the end rather than push(): V8 did not inline push() here (a
        // builtin call per chunk) but inlines the store (measured: +8% on an object-mode pipe).
        const list = state.buffer;
        list[list.length] = chunk;
      }
      if (state.needReadable) emitReadable(stream);
      maybeReadMore(stream, state);
    }
  } else if (!addToFront) {
    // push('') / an empty buffer: no data, but the pending _read is over (see read(0)).
    state.reading = false;
  }
  return !state.ended && (state.needReadable || state.length < state.highWaterMark || state.length === 0);
}

interface Chunkish {
  length: number;
}

proto.setEncoding = function (this: ReadableStream, encoding: string): void {
  const state = this._readableState;
  state.decoder = new DecoderCtor(encoding);
  state.encoding = encoding;
};

function roundUpToPowerOf2(n: number): number {
  if (n >= MAX_HWM) return MAX_HWM;
  n--;
  for (let p = 1; p < 32; p <<= 1) n |= n >> p;
  return n + 1;
}

// How many bytes read(n) may return now: 0 means "not yet" (and asks for 'readable').
function howMuchToRead(n: number | undefined | null, state: State): number {
  if (state.length === 0 && state.ended) return 0;
  if (state.objectMode) return n === 0 ? 0 : 1;
  if (n === null || n === undefined || isNaN(n)) {
    // No size: flowing consumers take one chunk at a time, others everything buffered.
    if (state.flowing && state.buffer.length) return (state.buffer[0] as Chunkish).length;
    return state.length;
  }
  if (n <= 0) return 0;
  if (n > state.highWaterMark) state.highWaterMark = roundUpToPowerOf2(n);
  if (n > state.length) {
    if (!state.ended) {
      state.needReadable = true;
      return 0;
    }
    return state.length;
  }
  return n;
}

proto.read = function (this: ReadableStream, n?: number): unknown {
  const state = this._readableState;
  state.calledRead = true;
  const nOrig = n;
  if (typeof n !== 'number' || n > 0) state.emittedReadable = false;

  // read(0) on a full (or finished) buffer that someone waits on: just say 'readable'.
  if (n === 0 && state.needReadable && (state.length >= state.highWaterMark || state.ended)) {
    emitReadable(this);
    return null;
  }

  let size = howMuchToRead(n, state);

  // Nothing to give now and nothing more to come: end, once the buffer is empty.
  if (size === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read when what would be left is at or under the mark (or a reader waits), unless
  // a _read is already pending or the data is over.
  let doRead = state.needReadable || state.length - size <= state.highWaterMark;
  if (state.ended || state.reading) doRead = false;
  if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    this._read(state.highWaterMark);
    state.sync = false;
  }
  // A synchronous _read may have filled the buffer: ask again.
  if (doRead && !state.reading) size = howMuchToRead(nOrig, state);

  let ret = size > 0 ? fromList(size, state) : null;
  if (ret === null) {
    state.needReadable = true;
    size = 0;
  }
  state.length -= size;
  if (state.length === 0 && !state.ended) state.needReadable = true;
  // The data ran out in this read and nothing more will come: 'end' on the next tick.
  if (state.ended && !state.endEmitted && state.length === 0) endReadable(this);
  return ret;
};

// Takes n bytes (one object in objectMode; everything when n is 0 or too big) off the
// front of the buffer. The caller updates state.length.
export function fromList(n: number, state: State): unknown {
  const list = state.buffer;
  const length = state.length;
  if (list.length === 0) return null;
  if (length === 0) return null;
  if (state.objectMode) return list.shift();
  const stringMode = !!state.decoder;
  let ret: unknown;
  if (!n || n >= length) {
    // Everything. One chunk (the flowing case) is returned as it is, as concat/join would;
    // pop() empties the list (setting `length` is a runtime call in V8: measured ~5% of a
    // 64 KiB pipe). With a decoder, join('') it is, even for one chunk: a Buffer buffered
    // before setEncoding() comes out as its utf8 string, as in 0.10.
    if (list.length === 1 && (!stringMode || typeof list[0] === 'string')) return list.pop();
    ret = stringMode ? list.join('') : concatBuffers(list as StreamBuffer[], length);
    list.length = 0;
    return ret;
  }
  const first = list[0] as StreamBuffer | string;
  if (n < first.length) {
    // Part of the first chunk.
    ret = first.slice(0, n);
    list[0] = first.slice(n);
  } else if (n === first.length) {
    // Exactly the first chunk: the flowing fast path.
    ret = list.shift();
  } else {
    // Spans several chunks.
    let c = 0;
    if (stringMode) {
      let str = '';
      while (c < n) {
        const chunk = list[0] as string;
        const take = Math.min(n - c, chunk.length);
        str += chunk.slice(0, take);
        if (take < chunk.length) list[0] = chunk.slice(take);
        else list.shift();
        c += take;
      }
      ret = str;
    } else {
      const out = allocBuffer(n);
      while (c < n) {
        const chunk = list[0] as StreamBuffer;
        const take = Math.min(n - c, chunk.length);
        chunk.copy(out, c, 0, take);
        if (take < chunk.length) list[0] = chunk.slice(take);
        else list.shift();
        c += take;
      }
      ret = out;
    }
  }
  return ret;
}

function onEofChunk(stream: ReadableStream, state: State): void {
  const decoder: Decoder | null = state.decoder;
  if (decoder && !state.ended) {
    const rest = decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;
  if (state.length > 0) emitReadable(stream);
  else endReadable(stream);
}

// 0.10's emitReadable_: says 'readable' through the stream's emit (emit.ts).
function emitReadableEvent(stream: ReadableStream): boolean {
  return readableEmit.call(stream);
}

// 'readable' once per wait: right away when pushed from outside _read, on the next tick
// when pushed from inside it (so that read() never re-enters a consumer's handler).
export function emitReadable(stream: ReadableStream): void {
  const state = stream._readableState;
  state.needReadable = false;
  if (state.emittedReadable) return;
  state.emittedReadable = true;
  if (state.sync) {
    nextTick(ticksOf(stream, state).readableTick);
  } else {
    emitReadableEvent(stream);
  }
}

// After a push, keep filling the buffer up to the mark on the next tick, while nobody reads.
function maybeReadMore(stream: ReadableStream, state: State): void {
  if (state.readingMore) return;
  state.readingMore = true;
  nextTick(ticksOf(stream, state).readMoreTick);
}

export function endReadable(stream: ReadableStream): void {
  const state = stream._readableState;
  // An internal invariant, as 0.10 checks it.
  if (state.length > 0) throw new Error('endReadable called on non-empty stream');
  if (state.endEmitted || !state.calledRead) return;
  state.ended = true;
  nextTick(function () {
    if (!state.endEmitted && state.length === 0) {
      state.endEmitted = true;
      stream.readable = false;
      stream.emit('end');
    }
  });
}

// The implementor's method. 0.10 reports a missing one as an 'error' event.
proto._read = function (this: ReadableStream): void {
  this.emit('error', new Error('not implemented'));
};

proto.pipe = pipe as ReadableStream['pipe'];
proto.unpipe = unpipe;

const emitterOn = Stream.prototype.on;

// Listening is consuming: a 'data' listener switches to old mode (unless piped), and the
// first 'readable' listener starts a read (or reports data already there).
proto.on = function (this: ReadableStream, event: string, listener: Listener): ReadableStream {
  const res = emitterOn.call(this, event, listener) as ReadableStream;
  if (event === 'data' && !this._readableState.flowing) emitDataEvents(this, false);
  if (event === 'readable' && this.readable) {
    const state = this._readableState;
    if (!state.readableListening) {
      state.readableListening = true;
      state.emittedReadable = false;
      state.needReadable = true;
      if (!state.reading) this.read(0);
      else if (state.length) emitReadable(this);
    }
  }
  return res;
};
proto.addListener = proto.on;

proto.resume = resume;
proto.pause = pause;
proto.wrap = wrap;

// 0.10's were anonymous `function (…)` expressions: today's engine names a function after the
// const it is assigned to, so the name goes; and .length counts the parameters 0.10 declared
// (what a program reading `fn.name` / `fn.length` sees).
for (const fn of [pipe, unpipe, resume, pause, wrap]) Object.defineProperty(fn, 'name', { value: '', configurable: true });
Object.defineProperty(proto._read, 'length', { value: 1, configurable: true }); // function (n)
Object.defineProperty(ReadableState, 'length', { value: 2, configurable: true }); // ReadableState(options, stream)

ReadableCtor._fromList = fromList;

