// fs.ReadStream (fs.FileReadStream): a streams2 Readable over a file, as 0.10.
//
// Reads go into a shared pool buffer (64 KiB, the default highWaterMark) and are pushed as
// slices of it, so one allocation serves many small reads. `start`/`end` (inclusive) bound
// the range; `fd` reads an already open descriptor; `autoClose` (default true) closes the
// file at 'end' or on an error. destroy()/close() close the descriptor and emit 'close'.
import buffer from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import process from '@n10/process';
import stream from '@n10/stream';
import type { Readable, ReadableOptions } from '@n10/stream';
import { _extend as extend, inherits } from '@n10/util';
import { fs } from './module-object';
import type { FsError, Mode, OpenFlags } from './types';
import { SITES, sited } from './throw-sites';

const Buffer = buffer.Buffer;
const ReadableCtor = stream.Readable;

export interface ReadStreamOptions extends ReadableOptions {
  flags?: OpenFlags;
  /** Read this open descriptor instead of opening `path`. */
  fd?: number | null;
  mode?: Mode;
  /** First byte to read (inclusive). */
  start?: number;
  /** Last byte to read (inclusive). */
  end?: number;
  /** Close the descriptor at 'end' or on an error. Default true. */
  autoClose?: boolean;
  /** Accepted and ignored, as in 0.10 (highWaterMark decides). */
  bufferSize?: number;
  lowWaterMark?: number;
}

export interface ReadStream extends Readable<BufferInstance | string> {
  path: string | null | undefined;
  fd: number | null;
  flags: OpenFlags;
  mode: Mode;
  start: number | undefined;
  end: number | undefined;
  autoClose: boolean;
  pos: number | undefined;
  destroyed?: boolean;
  closed?: boolean;
  open(): void;
  destroy(): void;
  close(cb?: () => void): void;
}

export interface ReadStreamConstructor {
  new (path: string | null | undefined, options?: ReadStreamOptions): ReadStream;
  (path: string | null | undefined, options?: ReadStreamOptions): ReadStream;
  readonly prototype: ReadStream;
}

const kMinPoolSpace = 128;
let pool: BufferInstance | null = null;
let poolUsed = 0;

function allocNewPool(poolSize: number): void {
  pool = new Buffer(poolSize);
  poolUsed = 0;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export const ReadStream = function ReadStream(this: ReadStream, path: string, options?: ReadStreamOptions): ReadStream | void {
  if (!(this instanceof ReadStream)) return new (ReadStream as ReadStreamConstructor)(path, options);

  // a little bit bigger buffer and water marks by default
  const opts = extend({ bufferSize: 64 * 1024, lowWaterMark: 16 * 1024, highWaterMark: 64 * 1024 } as ReadStreamOptions, options || {});
  ReadableCtor.call(this, opts);

  this.path = path;
  this.fd = has(opts, 'fd') ? (opts.fd as number | null) : null;
  this.flags = has(opts, 'flags') ? (opts.flags as OpenFlags) : 'r';
  this.mode = has(opts, 'mode') ? (opts.mode as Mode) : 438; /* 0666 */
  this.start = has(opts, 'start') ? opts.start : undefined;
  this.end = has(opts, 'end') ? opts.end : undefined;
  this.autoClose = has(opts, 'autoClose') ? (opts.autoClose as boolean) : true;
  this.pos = undefined;

  if (this.start !== undefined) {
    if ('number' !== typeof this.start) throw sited(new TypeError('start must be a Number'), SITES.readStreamStart);
    if (this.end === undefined) this.end = Infinity;
    else if ('number' !== typeof this.end) throw sited(new TypeError('end must be a Number'), SITES.readStreamEnd);
    if (this.start > this.end) throw sited(new Error('start must be <= end'), SITES.readStreamRange);
    this.pos = this.start;
  }

  if (typeof this.fd !== 'number') this.open();

  this.on('end', function (this: ReadStream) {
    if (this.autoClose) this.destroy();
  });
} as unknown as ReadStreamConstructor;

inherits(ReadStream, ReadableCtor);

const proto = ReadStream.prototype;

proto.open = function (this: ReadStream): void {
  const self = this;
  fs.open(this.path as string, this.flags, this.mode, function (er: FsError | null, fd: number) {
    if (er) {
      if (self.autoClose) self.destroy();
      self.emit('error', er);
      return;
    }
    self.fd = fd;
    self.emit('open', fd);
    // start the flow of data.
    self.read();
  });
};

proto._read = function (this: ReadStream, n: number): void {
  if (typeof this.fd !== 'number') {
    this.once('open', function (this: ReadStream) {
      this._read(n);
    });
    return;
  }
  if (this.destroyed) return;

  if (!pool || pool.length - poolUsed < kMinPoolSpace) {
    // discard the old pool.
    pool = null;
    allocNewPool(this._readableState.highWaterMark);
  }

  // Keep this pool: another stream may replace the shared one while this read is in flight.
  const thisPool = pool!;
  let toRead = Math.min(thisPool.length - poolUsed, n);
  const start = poolUsed;

  if (this.pos !== undefined) toRead = Math.min((this.end as number) - this.pos + 1, toRead);

  // already read everything we were supposed to read: treat as EOF.
  if (toRead <= 0) {
    this.push(null);
    return;
  }

  const self = this;
  fs.read(this.fd, thisPool, poolUsed, toRead, this.pos, function onread(er: FsError | null, bytesRead: number) {
    if (er) {
      if (self.autoClose) self.destroy();
      self.emit('error', er);
    } else {
      let b: BufferInstance | null = null;
      if (bytesRead > 0) b = thisPool.slice(start, start + bytesRead);
      self.push(b);
    }
  });

  // move the pool position, and the file position for the next read.
  if (this.pos !== undefined) this.pos += toRead;
  poolUsed += toRead;
};

proto.destroy = function (this: ReadStream): void {
  if (this.destroyed) return;
  this.destroyed = true;
  if ('number' === typeof this.fd) this.close();
};

proto.close = function (this: ReadStream, cb?: () => void): void {
  const self = this;
  if (cb) this.once('close', cb);
  if (this.closed || 'number' !== typeof this.fd) {
    if ('number' !== typeof this.fd) {
      this.once('open', close);
      return;
    }
    process.nextTick(this.emit.bind(this, 'close'));
    return;
  }
  this.closed = true;
  close();

  function close(fd?: number): void {
    fs.close(fd || (self.fd as number), function (er: FsError | null) {
      if (er) self.emit('error', er);
      else self.emit('close');
    });
    self.fd = null;
  }
};

export const createReadStream = function (path: string, options?: ReadStreamOptions): ReadStream {
  return new ReadStream(path, options);
};
