// fs.WriteStream (fs.FileWriteStream): a streams2 Writable over a file, as 0.10.
//
// Writes queue until the file is open ('open'), then go out one at a time at `pos` (from
// `start`, when given) or at the descriptor's position; bytesWritten counts what the OS
// accepted. 'finish' closes the file. destroySoon() is end() (files have no shutdown).
import buffer from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import stream from '@n10/stream';
import type { Writable, WritableOptions } from '@n10/stream';
import { inherits } from '@n10/util';
import { fs } from './module-object';
import { ReadStream } from './read-stream';
import type { FsError, Mode, OpenFlags } from './types';
import { SITES, sited } from './throw-sites';

const Buffer = buffer.Buffer;
const WritableCtor = stream.Writable;

export interface WriteStreamOptions extends WritableOptions {
  flags?: OpenFlags;
  /** Write to this open descriptor instead of opening `path`. */
  fd?: number | null;
  mode?: Mode;
  /** Position of the first write. */
  start?: number;
  encoding?: string | null;
}

export interface WriteStream extends Writable<BufferInstance | string> {
  path: string | null | undefined;
  fd: number | null;
  flags: OpenFlags;
  mode: Mode;
  start: number | undefined;
  pos: number | undefined;
  /** Bytes written so far (not counting what is still queued). */
  bytesWritten: number;
  destroyed?: boolean;
  closed?: boolean;
  open(): void;
  destroy(): void;
  close(cb?: () => void): void;
  destroySoon(chunk?: unknown, encoding?: unknown, cb?: unknown): void;
}

export interface WriteStreamConstructor {
  new (path: string | null | undefined, options?: WriteStreamOptions): WriteStream;
  (path: string | null | undefined, options?: WriteStreamOptions): WriteStream;
  readonly prototype: WriteStream;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export const WriteStream = function WriteStream(this: WriteStream, path: string, options?: WriteStreamOptions): WriteStream | void {
  if (!(this instanceof WriteStream)) return new (WriteStream as WriteStreamConstructor)(path, options);

  const opts = options || {};
  WritableCtor.call(this, opts);

  this.path = path;
  this.fd = null;
  this.fd = has(opts, 'fd') ? (opts.fd as number | null) : null;
  this.flags = has(opts, 'flags') ? (opts.flags as OpenFlags) : 'w';
  this.mode = has(opts, 'mode') ? (opts.mode as Mode) : 438; /* 0666 */
  this.start = has(opts, 'start') ? opts.start : undefined;
  this.pos = undefined;
  this.bytesWritten = 0;

  if (this.start !== undefined) {
    if ('number' !== typeof this.start) throw sited(new TypeError('start must be a Number'), SITES.writeStreamStart);
    if (this.start < 0) throw sited(new Error('start must be >= zero'), SITES.writeStreamRange);
    this.pos = this.start;
  }

  if ('number' !== typeof this.fd) this.open();

  // dispose on finish.
  this.once('finish', this.close);
} as unknown as WriteStreamConstructor;

inherits(WriteStream, WritableCtor);

const proto = WriteStream.prototype;

proto.open = function (this: WriteStream): void {
  const self = this;
  // Bound to the stream, as 0.10's was: its frame in a stack is "WriteStream.<anonymous>".
  fs.open(this.path as string, this.flags, this.mode, function (this: WriteStream, er: FsError | null, fd: number) {
    if (er) {
      self.destroy();
      self.emit('error', er);
      return;
    }
    self.fd = fd;
    self.emit('open', fd);
  }.bind(this));
};

proto._write = function (this: WriteStream, data: unknown, encoding: string, cb: (err?: Error | null) => void): void {
  if (!Buffer.isBuffer(data)) {
    this.emit('error', new Error('Invalid data'));
    return;
  }
  if (typeof this.fd !== 'number') {
    this.once('open', function (this: WriteStream) {
      this._write(data, encoding, cb);
    });
    return;
  }
  const self = this;
  fs.write(this.fd, data, 0, data.length, this.pos, function (er, bytes) {
    if (er) {
      self.destroy();
      return cb(er);
    }
    self.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

proto.destroy = ReadStream.prototype.destroy as unknown as WriteStream['destroy'];
proto.close = ReadStream.prototype.close as unknown as WriteStream['close'];
// There is no shutdown() for files.
proto.destroySoon = proto.end as unknown as WriteStream['destroySoon'];

export const createWriteStream = function (path: string, options?: WriteStreamOptions): WriteStream {
  return new WriteStream(path, options);
};
