// fs.SyncWriteStream: node 0.10's writer for a file descriptor that is a regular file, as
// process.stdout/stderr are when redirected to one. A legacy Stream whose write() is a
// synchronous write(2) of all the bytes, so nothing waits in memory when the process exits.
// (Written against @n10/binding directly, so that it needs nothing else of fs.)
import binding from '@n10/binding';
import type { BindingError } from '@n10/binding';
import { Buffer } from '@n10/buffer';
import process from '@n10/process';
import Stream from '@n10/stream';
import { inherits } from '@n10/util';

export interface SyncWriteStreamInstance {
  fd: number | null;
  writable: boolean;
  readable: boolean;
  write(data: unknown, encoding?: string | (() => void), cb?: () => void): boolean;
  end(data?: unknown, encoding?: string | (() => void), cb?: () => void): void;
  destroy(): boolean;
  destroySoon(): boolean;
  emit(event: string, ...args: unknown[]): boolean;
  on(event: string, listener: (...args: unknown[]) => void): this;
}

export interface SyncWriteStreamConstructor {
  new (fd: number): SyncWriteStreamInstance;
  (this: SyncWriteStreamInstance, fd: number): void;
  prototype: SyncWriteStreamInstance;
}

const StreamCtor = Stream as unknown as { call(self: object): void };

function SyncWriteStream(this: SyncWriteStreamInstance, fd: number): void {
  StreamCtor.call(this);
  this.fd = fd;
  this.writable = true;
  this.readable = false;
}
const Ctor = SyncWriteStream as unknown as SyncWriteStreamConstructor;
inherits(Ctor, Stream);

function syncError(e: unknown, syscall: string): unknown {
  const err = e as BindingError;
  return err && typeof err.code === 'string' && typeof err.errno === 'number'
    ? binding.uvException(err, syscall, null, { sync: true })
    : e;
}

/** Writes all of `buf`, retrying short writes (and EAGAIN on a non-blocking descriptor). */
export function writeAllSync(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) {
    try {
      off += binding.writeBuffer(fd, buf, off, buf.length - off, null);
    } catch (e) {
      if ((e as BindingError).code !== 'EAGAIN') throw syncError(e, 'write');
    }
  }
}

Ctor.prototype.write = function (this: SyncWriteStreamInstance, data: unknown, arg1?: unknown, arg2?: unknown): boolean {
  let encoding: string | undefined;
  let cb: (() => void) | undefined;
  if (arg1) {
    if (typeof arg1 === 'string') {
      encoding = arg1;
      cb = arg2 as (() => void) | undefined;
    } else if (typeof arg1 === 'function') {
      cb = arg1 as () => void;
    } else {
      throw new Error('bad arg');
    }
  }
  if (encoding && !Buffer.isEncoding(encoding)) throw new Error('Unknown encoding: ' + encoding);
  const buf: Uint8Array = Buffer.isBuffer(data) ? data : new Buffer(typeof data === 'string' ? data : String(data), encoding);
  writeAllSync(this.fd as number, buf);
  if (cb) process.nextTick(cb);
  return true;
};

Ctor.prototype.end = function (this: SyncWriteStreamInstance, data?: unknown, arg1?: unknown, arg2?: unknown): void {
  if (data) this.write(data, arg1 as string, arg2 as () => void);
  this.destroy();
};

Ctor.prototype.destroy = function (this: SyncWriteStreamInstance): boolean {
  try {
    binding.close(this.fd as number);
  } catch (e) {
    throw syncError(e, 'close');
  }
  this.fd = null;
  this.emit('close');
  return true;
};

Ctor.prototype.destroySoon = Ctor.prototype.destroy;

export { Ctor as SyncWriteStream };
