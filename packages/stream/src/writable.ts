// Writable: node 0.10's streams2 sink. write() hands one chunk at a time to the
// implementor's _write(chunk, encoding, cb) and queues the rest in _writableState.buffer;
// it returns false once the queued length reaches highWaterMark, and 'drain' follows when
// the queue is empty again. end() waits for the queue, then emits 'finish'.
//
// Timing as in 0.10.19: a callback of a _write that completed synchronously runs on the
// next tick (so write() never calls back before it returns); one that completed later runs
// at once. 'finish' is emitted synchronously by end() when nothing is pending.
import { nextTick } from '@n10/process';
import { inherits } from '@n10/util';
import { BufferCtor, isBuffer, ownBuffer, type StreamBuffer } from './encoding';
import { drainEmit } from './emit';
import { Stream } from './legacy';
import { highWaterMarkOf } from './readable';
import type {
  Writable as WritableInstance,
  WritableConstructor,
  WritableOptions,
  WritableState as State,
  WritableStateConstructor,
  WriteCallback,
  WriteRequest,
} from './types';

export type WritableStream = WritableInstance<unknown>;

function WriteReq(this: WriteRequest, chunk: unknown, encoding: string, cb: WriteCallback): void {
  this.chunk = chunk;
  this.encoding = encoding;
  this.callback = cb;
}
// Typed alias; the function keeps its own name (stack traces, inspect) by being a declaration.
const WriteReqCtor = WriteReq as unknown as new (chunk: unknown, encoding: string, cb: WriteCallback) => WriteRequest;

// Fields in 0.10's order: programs and inspect() see them.
function WritableState(this: State, options: WritableOptions | undefined, stream: WritableStream): void {
  options = options || {};
  this.highWaterMark = highWaterMarkOf(options.highWaterMark);
  this.objectMode = !!options.objectMode;
  // write() returned false: 'drain' is owed once the queue empties.
  this.needDrain = false;
  // end() is running / has been called / 'finish' has been emitted.
  this.ending = false;
  this.ended = false;
  this.finished = false;
  // Strings become Buffers before _write unless decodeStrings is explicitly false.
  this.decodeStrings = options.decodeStrings !== false;
  this.defaultEncoding = options.defaultEncoding || 'utf8';
  // Bytes (objects) written but not yet acknowledged, the one in _write included.
  this.length = 0;
  this.writing = false;
  // True while _write runs: its callback then defers to the next tick.
  this.sync = true;
  this.bufferProcessing = false;
  // One callback for every _write of this stream.
  this.onwrite = function (er?: Error | null) {
    onwrite(stream, er);
  };
  this.writecb = null;
  this.writelen = 0;
  this.buffer = [];
}
const WritableStateCtor = WritableState as unknown as WritableStateConstructor;
export { WritableStateCtor as WritableState };

// Set by duplex.ts: Writable.call(aDuplex) initialises the duplex (it does not inherit from
// Writable). Registered rather than imported, to keep the two modules out of a load cycle.
let DuplexCtor: Function | null = null;
export function registerDuplex(ctor: Function): void {
  DuplexCtor = ctor;
}

function Writable(this: WritableStream, options?: WritableOptions): WritableStream | void {
  if (!(this instanceof Writable) && !(DuplexCtor !== null && this instanceof DuplexCtor)) return new (Writable as unknown as WritableConstructor)(options);
  this._writableState = new WritableStateCtor(options, this);
  this.writable = true;
  Stream.call(this);
}
const WritableCtor = Writable as unknown as WritableConstructor;
export { WritableCtor as Writable };

WritableCtor.WritableState = WritableStateCtor;
inherits(WritableCtor, Stream);

const proto = WritableCtor.prototype;

// A Writable is not a source: piping from it is an error event, as in 0.10.
proto.pipe = function (this: WritableStream) {
  this.emit('error', new Error('Cannot pipe. Not readable.'));
} as unknown as WritableStream['pipe'];

// The callback of a write that has none: anonymous, as 0.10's (inspect shows [Function]).
const noop: WriteCallback = (() => function () {})();

proto.write = function (this: WritableStream, chunk: unknown, encoding?: string | null | WriteCallback, cb?: WriteCallback): boolean {
  const state = this._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  // Asked once: the answer serves the encoding, the validity check and writeOrBuffer.
  const isBuf = isBuffer(chunk);
  if (isBuf) {
    encoding = 'buffer';
    if (!state.objectMode) chunk = ownBuffer(chunk);
  } else if (!encoding) encoding = state.defaultEncoding;
  if (typeof cb !== 'function') cb = noop;

  if (state.ended) {
    writeAfterEnd(this, cb);
    return false;
  }
  if (!isBuf && !state.objectMode && typeof chunk !== 'string' && chunk !== null && chunk !== undefined) {
    validChunk(this, cb);
    return false;
  }
  return writeOrBuffer(this, state, chunk, encoding, cb, isBuf);
} as WritableStream['write'];

// The error is emitted now; the write's callback gets it on the next tick.
function writeAfterEnd(stream: WritableStream, cb: WriteCallback): void {
  const er = new Error('write after end');
  stream.emit('error', er);
  nextTick(function () {
    cb(er);
  });
}

// Named as 0.10's (which also passed valid chunks): a stack through the error shows validChunk.
function validChunk(stream: WritableStream, cb: WriteCallback): void {
  const er = new TypeError('Invalid non-string/buffer chunk');
  stream.emit('error', er);
  nextTick(function () {
    cb(er);
  });
}

// A string chunk into a Buffer in a function of this name, as 0.10's (a bad encoding's
// TypeError shows decodeChunk, then writeOrBuffer, under new Buffer).
function decodeChunk(chunk: string, encoding: string): StreamBuffer {
  return new BufferCtor(chunk, encoding);
}

function writeOrBuffer(stream: WritableStream, state: State, chunk: unknown, encoding: string, cb: WriteCallback, isBuf: boolean): boolean {
  if (!state.objectMode && state.decodeStrings && typeof chunk === 'string') {
    chunk = decodeChunk(chunk, encoding);
    encoding = 'buffer';
  } else if (isBuf) {
    encoding = 'buffer';
  }
  // null/undefined pass 0.10's chunk check and fail here, on `chunk.length` (V8 3.14's words).
  if (!state.objectMode && (chunk === null || chunk === undefined)) throw new TypeError(`Cannot read property 'length' of ${chunk}`);
  const len = state.objectMode ? 1 : (chunk as { length: number }).length;
  state.length += len;
  const ret = state.length < state.highWaterMark;
  // 0.10.19 re-decides at every write: a write that fits cancels a 'drain' owed by an
  // earlier one (that drain is then never emitted; checked on the oracle).
  state.needDrain = !ret;
  if (state.writing) state.buffer.push(new WriteReqCtor(chunk, encoding, cb));
  else doWrite(stream, state, len, chunk, encoding, cb);
  return ret;
}

function doWrite(stream: WritableStream, state: State, len: number, chunk: unknown, encoding: string, cb: WriteCallback): void {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

// The _write callback.
function onwrite(stream: WritableStream, er?: Error | null): void {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state.writecb as WriteCallback;
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    onwriteError(stream, sync, er, cb);
    return;
  }

  const finished = needFinish(state);
  // Start the next queued write before this one's callback runs.
  if (!finished && !state.bufferProcessing && state.buffer.length) clearBuffer(stream, state);
  if (sync) deferAfterWrite(stream, state, finished, cb);
  else afterWrite(stream, state, finished, cb);
}

// A failed write: the callback gets the error (next tick if synchronous); 'error' is emitted
// now. A function of its own, as in 0.10, whose stacks show `at onwriteError` above `at onwrite`.
function onwriteError(stream: WritableStream, sync: boolean, er: Error, cb: WriteCallback): void {
  if (sync) {
    nextTick(function () {
      cb(er);
    });
  } else {
    cb(er);
  }
  stream.emit('error', er);
}

// The next-tick afterWrite of synchronously completed writes. A burst of writes queues one
// tick per write before any runs; rather than a closure per write (measured: most of the
// garbage-collection time of an object-mode pipe), each stream keeps its pending
// (finished, cb) pairs in order and queues one shared function that takes the next pair.
// Consecutive equal pairs (nearly always: not finished, the shared no-op callback) are kept
// as one run with a count, so a burst of any length costs O(1) memory here (measured: the
// growing per-write arrays were the largest single cost of an object-mode pipe).
// Kept on the state under a symbol, which Object.keys and inspect do not show.
const AFTER_WRITES = Symbol('n10.stream.afterWrites');

interface AfterWrites {
  // Runs from head to tail, in packed arrays (a flag array, a function array and a count
  // array keep V8's fast element kinds); the arrays keep their capacity between bursts
  // (truncating is a slow path in V8).
  finished: boolean[];
  callbacks: (WriteCallback | null)[];
  counts: number[];
  head: number;
  tail: number;
  afterWriteTick: () => void;
}

function deferAfterWrite(stream: WritableStream, state: State, finished: boolean, cb: WriteCallback): void {
  let pending = (state as State & { [AFTER_WRITES]?: AfterWrites })[AFTER_WRITES];
  if (pending === undefined) {
    const p: AfterWrites = {
      finished: [],
      callbacks: [],
      counts: [],
      head: 0,
      tail: 0,
      // 0.10 queued a closure calling afterWrite: the runtime shows this frame as that one.
      afterWriteTick() {
        const i = p.head;
        const done = p.finished[i];
        const callback = p.callbacks[i] as WriteCallback;
        if (--p.counts[i] === 0) {
          p.callbacks[i] = null;
          if (i + 1 === p.tail) p.head = p.tail = 0;
          else p.head = i + 1;
        }
        afterWrite(stream, state, done, callback);
      },
    };
    Object.defineProperty(state, AFTER_WRITES, { value: p });
    pending = p;
  }
  const t = pending.tail;
  if (t > pending.head && pending.callbacks[t - 1] === cb && pending.finished[t - 1] === finished) {
    pending.counts[t - 1]++;
  } else {
    if (t === pending.callbacks.length) {
      pending.finished.push(finished);
      pending.callbacks.push(cb);
      pending.counts.push(1);
    } else {
      pending.finished[t] = finished;
      pending.callbacks[t] = cb;
      pending.counts[t] = 1;
    }
    pending.tail = t + 1;
  }
  nextTick(pending.afterWriteTick);
}

function afterWrite(stream: WritableStream, state: State, finished: boolean, cb: WriteCallback): void {
  if (!finished) onwriteDrain(stream, state);
  cb();
  if (finished) finishMaybe(stream, state);
}

// 'drain' once the buffer is empty after a write() that returned false (a function of its own,
// as 0.10's: a stack from a 'drain' listener shows it).
function onwriteDrain(stream: WritableStream, state: State): void {
  if (state.length === 0 && state.needDrain) {
    state.needDrain = false;
    drainEmit.call(stream);
  }
}

// Writes queued chunks while their _write completes synchronously; stops at the first one
// that is still in progress, leaving the rest queued.
function clearBuffer(stream: WritableStream, state: State): void {
  state.bufferProcessing = true;
  const buffer = state.buffer;
  let c = 0;
  for (; c < buffer.length; c++) {
    const entry = buffer[c];
    const len = state.objectMode ? 1 : (entry.chunk as { length: number }).length;
    doWrite(stream, state, len, entry.chunk, entry.encoding, entry.callback);
    if (state.writing) {
      c++;
      break;
    }
  }
  state.bufferProcessing = false;
  if (c < buffer.length) state.buffer = buffer.slice(c);
  else buffer.length = 0;
}

// The implementor's method. 0.10 fails the write with an error.
proto._write = function (this: WritableStream, _chunk: unknown, _encoding: string, cb: WriteCallback): void {
  cb(new Error('not implemented'));
};

proto.end = function (this: WritableStream, chunk?: unknown, encoding?: string | null | (() => void), cb?: () => void): void {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk as () => void;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (chunk !== undefined && chunk !== null) this.write(chunk, encoding as string | null);
  // A second end() is ignored (its callback too).
  if (!state.ending && !state.finished) endWritable(this, state, cb);
} as WritableStream['end'];

function needFinish(state: State): boolean {
  return state.ending && state.length === 0 && !state.finished && !state.writing;
}

function finishMaybe(stream: WritableStream, state: State): boolean {
  const need = needFinish(state);
  if (need) {
    state.finished = true;
    stream.emit('finish');
  }
  return need;
}

function endWritable(stream: WritableStream, state: State, cb?: () => void): void {
  state.ending = true;
  finishMaybe(stream, state);
  if (cb) {
    if (state.finished) nextTick(cb);
    else stream.once('finish', cb);
  }
  state.ended = true;
}
