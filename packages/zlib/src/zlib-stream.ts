// Class: zlib.Zlib — the base of the seven stream classes (not on the module object, as in
// 0.10). A Transform over one zlib handle (handle.ts): each written chunk is fed to the handle
// with the stream's flush flag, the output is pushed a chunkSize slab at a time, and the handle
// is asked again while it fills the slab. The end of the input is a Z_FINISH step; 'end'
// closes the handle.
import assert from '@n10/assert';
import bufferModule from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import process from '@n10/process';
import { Transform } from '@n10/stream';
import type { Transform as TransformInstance } from '@n10/stream';
import { inherits } from '@n10/util';
import { codes, flushes, limits } from './constants';
import { newHandle } from './handle';
import type { ModeNumber, ZlibHandle } from './handle';
import { checkOptions, initArguments } from './options';
import type { ZlibOptions } from './options';

const Buffer = bufferModule.Buffer;

/** An error event of a zlib stream: zlib's message, its status and that status's name. */
export interface ZlibError extends Error {
  errno: number;
  code: string;
}

/** A compression or decompression stream (zlib.Gzip, zlib.Inflate, …). */
export interface ZlibStream extends TransformInstance {
  _opts: ZlibOptions;
  _chunkSize: number;
  _flushFlag: number;
  /** The zlib handle; null once it has failed. */
  _binding: ZlibHandle | null;
  _hadError: boolean;
  /** The output slab being filled, and the fill level. */
  _buffer: BufferInstance;
  _offset: number;
  _closed: boolean;
  /** Flushes what has been written so far (Z_FULL_FLUSH), then calls callback. */
  flush(callback?: () => void): void;
  /** Back to a fresh deflate or inflate state (gzip, gunzip and unzip streams are left as they are). */
  reset(): void;
  /** Frees the handle; 'close' follows. */
  close(callback?: () => void): void;
}

export interface ZlibConstructor {
  (this: ZlibStream, opts: ZlibOptions | undefined, mode: ModeNumber): void;
  prototype: ZlibStream;
  super_: typeof Transform;
}

function Zlib(this: ZlibStream, opts: ZlibOptions | undefined, mode: ModeNumber): void {
  this._opts = opts = opts || {};
  this._chunkSize = opts.chunkSize || limits.Z_DEFAULT_CHUNK;
  Transform.call(this, opts);
  checkOptions(opts);
  this._flushFlag = opts.flush || flushes.Z_NO_FLUSH;
  this._binding = newHandle(mode);

  const self = this;
  this._hadError = false;
  this._binding.onerror = function (message: string, errno: number) {
    // No hope of rescue: the handle is dead, and so is the stream.
    self._binding = null;
    self._hadError = true;
    const error = new Error(message) as ZlibError;
    error.errno = errno;
    error.code = codes[errno] as string;
    self.emit('error', error);
  };

  const [windowBits, level, memLevel, strategy, dictionary] = initArguments(opts);
  this._binding.init(windowBits, level, memLevel, strategy, dictionary);

  this._buffer = new Buffer(this._chunkSize);
  this._offset = 0;
  this._closed = false;
  this.once('end', this.close);
}

const ZlibCtor = Zlib as unknown as ZlibConstructor;
// Named as in 0.10 even where a bundler renames the function (the handle class is a Zlib too).
Object.defineProperty(ZlibCtor, 'name', { value: 'Zlib' });
inherits(ZlibCtor, Transform);
const proto = ZlibCtor.prototype;

// What 0.10's V8 said when a method was called on a null handle (after an error).
function handleOf(stream: ZlibStream, method: string): ZlibHandle {
  const handle = stream._binding;
  if (handle === null || handle === undefined) {
    throw new TypeError("Cannot call method '" + method + "' of " + String(handle));
  }
  return handle;
}

proto.reset = function reset(this: ZlibStream): void {
  return handleOf(this, 'reset').reset();
};
// (The one named method in 0.10; named here even where a bundler renames the function.)
Object.defineProperty(proto.reset, 'name', { value: 'reset' });

proto._flush = function (this: ZlibStream, callback: (error?: Error | null) => void): void {
  this._transform(new Buffer(0), '', callback);
};

proto.flush = function (this: ZlibStream, callback?: () => void): void {
  const ws = this._writableState;
  if (ws.ended) {
    if (callback) process.nextTick(callback);
  } else if (ws.ending) {
    if (callback) this.once('end', callback);
  } else if (ws.needDrain) {
    const self = this;
    this.once('drain', function () {
      self.flush(callback);
    });
  } else {
    this._flushFlag = flushes.Z_FULL_FLUSH;
    this.write(new Buffer(0), '', callback);
  }
};

proto.close = function (this: ZlibStream, callback?: () => void): void {
  if (callback) process.nextTick(callback);
  if (this._closed) return;
  this._closed = true;
  handleOf(this, 'close').close();
  const self = this;
  process.nextTick(function () {
    self.emit('close');
  });
};

proto._transform = function (this: ZlibStream, input: unknown, _encoding: string, cb: (error?: Error | null) => void): void {
  // Always a Buffer: the writable side decodes strings.
  const chunk = input as BufferInstance;
  const ws = this._writableState;
  const ending = ws.ending || ws.ended;
  const last = ending && (!chunk || ws.length === chunk.length);

  // The last chunk, or the final flush, finishes the stream. An explicit flush() applies to
  // every chunk still queued when it was called (each is flushed), then the stream's own flag
  // applies again.
  let flushFlag: number;
  if (last) {
    flushFlag = flushes.Z_FINISH;
  } else {
    flushFlag = this._flushFlag;
    if (chunk.length >= ws.length) this._flushFlag = this._opts.flush || flushes.Z_NO_FLUSH;
  }

  let availInBefore = chunk && chunk.length;
  let availOutBefore = this._chunkSize - this._offset;
  let inOff = 0;
  const self = this;

  function callback(this: ZlibHandle, availInAfter: number, availOutAfter: number): void {
    if (self._hadError) return;
    const have = availOutBefore - availOutAfter;
    assert(have >= 0, 'have should not go down');

    if (have > 0) {
      const out = self._buffer.slice(self._offset, self._offset + have);
      self._offset += have;
      self.push(out);
    }

    // The slab is full (or the handle wants more room): start a new one.
    if (availOutAfter === 0 || self._offset >= self._chunkSize) {
      availOutBefore = self._chunkSize;
      self._offset = 0;
      self._buffer = new Buffer(self._chunkSize);
    }

    if (availOutAfter === 0) {
      // Output space ran out before the input did: the same step again, on the rest.
      inOff += availInBefore - availInAfter;
      availInBefore = availInAfter;
      const again = handleOf(self, 'write').write(flushFlag, chunk, inOff, availInBefore, self._buffer, self._offset, self._chunkSize);
      again.callback = callback;
      again.buffer = chunk;
      return;
    }

    // This chunk is done.
    cb();
  }

  const req = handleOf(this, 'write').write(flushFlag, chunk, inOff, availInBefore, this._buffer, this._offset, availOutBefore);
  req.buffer = chunk;
  req.callback = callback;
};

export { ZlibCtor as Zlib };
