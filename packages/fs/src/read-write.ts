// fs.read/readSync and fs.write/writeSync, in both of 0.10's forms:
// - the buffer form (fd, buffer, offset, length, position[, callback]);
// - the legacy string form: read(fd, length, position, encoding, callback) reads into a new
//   buffer and calls back (err, string, bytesRead), readSync returns [string, bytesRead];
//   write(fd, data, position, encoding, callback) writes '' + data encoded.
// A write of nothing (length 0) never reaches the binding: it calls back (undefined, 0) on
// the next tick (and only when given a function).
import buffer from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import process from '@n10/process';
import { maybeCallback } from './errors';
import * as native from './native';
import { SITES, sited } from './throw-sites';

const Buffer = buffer.Buffer;

/** 0.10's assertEncoding: a truthy encoding must be one Buffer knows. */
export function assertEncoding(encoding: unknown): void {
  if (encoding && !Buffer.isEncoding(encoding)) throw sited(new Error('Unknown encoding: ' + (encoding as string)), SITES.assertEncoding);
}

type ReadCb = (err: Error | null, bytesRead: number, buffer: BufferInstance) => void;
type StringReadCb = (err: Error | null, str: string, bytesRead: number) => void;

export const read = function (fd: number, buf: unknown, offset: unknown, length: unknown, position: unknown, callback?: unknown): void {
  let target = buf as BufferInstance;
  let cb = callback as ReadCb | undefined;
  if (!Buffer.isBuffer(buf)) {
    // legacy string interface (fd, length, position, encoding, callback)
    // eslint-disable-next-line prefer-rest-params
    const args = arguments;
    const userCb = args[4] as StringReadCb | undefined;
    const encoding = args[3] as string | undefined;
    assertEncoding(encoding);
    position = args[2];
    length = args[1];
    target = new Buffer(length as number);
    offset = 0;
    cb = function (err: Error | null, bytesRead: number): void {
      if (!userCb) return;
      const str = bytesRead > 0 ? target.toString(encoding, 0, bytesRead) : '';
      userCb(err, str, bytesRead);
    };
  }
  native.read(
    fd,
    target,
    offset,
    length,
    position,
    native.rawCompletion(function wrapper(err?: unknown, bytesRead?: unknown): void {
      // The closure keeps `target` alive until the read is done, as 0.10's wrapper did.
      if (cb) cb(native.completionError(err), (bytesRead as number) || 0, target);
    }),
  );
};

export const readSync = function (fd: number, buf: unknown, offset: unknown, length: unknown, position?: unknown): number | [string, number] {
  let legacy = false;
  let encoding: string | undefined;
  let target = buf as BufferInstance;
  if (!Buffer.isBuffer(buf)) {
    // legacy string interface (fd, length, position, encoding)
    legacy = true;
    // eslint-disable-next-line prefer-rest-params
    const args = arguments;
    encoding = args[3] as string | undefined;
    assertEncoding(encoding);
    position = args[2];
    length = args[1];
    target = new Buffer(length as number);
    offset = 0;
  }
  const r = native.read(fd, target, offset, length, position) as number;
  if (!legacy) return r;
  const str = r > 0 ? target.toString(encoding, 0, r) : '';
  return [str, r];
};

type WriteCb = (err: Error | null | undefined, written: number, buffer?: BufferInstance) => void;

export const write = function (fd: number, buf: unknown, offset?: unknown, length?: unknown, position?: unknown, callback?: unknown): void {
  let data = buf as BufferInstance;
  if (!Buffer.isBuffer(buf)) {
    // legacy string interface (fd, data, position, encoding, callback)
    // eslint-disable-next-line prefer-rest-params
    const args = arguments;
    callback = args[4];
    position = args[2];
    assertEncoding(args[3]);
    data = new Buffer('' + (args[1] as string), args[3] as string | undefined);
    offset = 0;
    length = data.length;
  }
  if (!length) {
    if (typeof callback === 'function') {
      const cb = callback as WriteCb;
      process.nextTick(function () {
        cb(undefined, 0);
      });
    }
    return;
  }
  const cb = maybeCallback(callback) as WriteCb;
  native.write(
    fd,
    data,
    offset,
    length,
    position,
    native.rawCompletion(function wrapper(err?: unknown, written?: unknown): void {
      // `data` is held until the write completes.
      cb(native.completionError(err), (written as number) || 0, data);
    }),
  );
};

export const writeSync = function (fd: number, buf: unknown, offset?: unknown, length?: unknown, position?: unknown): number {
  let data = buf as BufferInstance;
  if (!Buffer.isBuffer(buf)) {
    // legacy string interface (fd, data, position, encoding)
    // eslint-disable-next-line prefer-rest-params
    const args = arguments;
    position = args[2];
    assertEncoding(args[3]);
    data = new Buffer('' + (args[1] as string), args[3] as string | undefined);
    offset = 0;
    length = data.length;
  }
  if (!length) return 0;
  return native.write(fd, data, offset, length, position) as number;
};
