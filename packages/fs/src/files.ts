// Whole-file helpers: readFile, writeFile, appendFile and their Sync twins, as 0.10.
//
// readFile opens, fstats for the size, reads until that many bytes (or, when the size is 0 —
// /proc files lie — reads 8 KiB chunks until end of file), closes, then decodes. writeFile
// writes from position 0 (or, when the flag contains 'a', at the end), looping over partial
// writes. Options are an encoding string or {encoding, flag, mode}; anything else that is
// truthy and not an object is TypeError('Bad arguments'). All file I/O goes through the
// module's own fs.open/fs.read/… as 0.10's did.
import buffer from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import { _extend as extend } from '@n10/util';
import { DEFAULT_FILE_MODE } from './calls';
import { maybeCallback } from './errors';
import type { NativeCallback } from './errors';
import { fs } from './module-object';
import { assertEncoding } from './read-write';
import type { FsError, OpenFlags, ReadFileOptions, WriteFileOptions } from './types';

const Buffer = buffer.Buffer;
const UNKNOWN_SIZE_CHUNK = 8192;

function readOptions(options: unknown): ReadFileOptions {
  if (typeof options === 'function' || !options) return { encoding: null, flag: 'r' };
  if (typeof options === 'string') return { encoding: options, flag: 'r' };
  if (typeof options !== 'object') throw new TypeError('Bad arguments');
  return options as ReadFileOptions;
}

function writeOptions(options: unknown, flag: 'w' | 'a'): WriteFileOptions {
  if (typeof options === 'function' || !options) return { encoding: 'utf8', mode: DEFAULT_FILE_MODE, flag };
  if (typeof options === 'string') return { encoding: options, mode: DEFAULT_FILE_MODE, flag };
  if (typeof options !== 'object') throw new TypeError('Bad arguments');
  return options as WriteFileOptions;
}

export const readFile = function (path: string, options?: unknown, _callback?: unknown): void {
  // eslint-disable-next-line prefer-rest-params
  const callback = maybeCallback(arguments[arguments.length - 1]);
  const opts = readOptions(options);
  const encoding = opts.encoding;
  assertEncoding(encoding);

  let size = 0;
  let buf: BufferInstance;
  let buffers: BufferInstance[];
  let pos = 0;
  let fd: number;
  const flag = opts.flag || 'r';

  fs.open(path, flag, DEFAULT_FILE_MODE, function (er: FsError | null, fd_: number) {
    if (er) return callback(er);
    fd = fd_;
    fs.fstat(fd, function (er2, st) {
      if (er2) return callback(er2);
      size = st!.size;
      if (size === 0) {
        // the kernel lies about many files: read until nothing comes
        buffers = [];
        return read();
      }
      buf = new Buffer(size);
      read();
    });
  });

  function read(): void {
    if (size === 0) {
      buf = new Buffer(UNKNOWN_SIZE_CHUNK);
      fs.read(fd, buf, 0, UNKNOWN_SIZE_CHUNK, -1, afterRead);
    } else {
      fs.read(fd, buf, pos, size - pos, -1, afterRead);
    }
  }

  function afterRead(er: FsError | null, bytesRead: number): void {
    if (er) {
      return fs.close(fd, function () {
        return callback(er);
      });
    }
    if (bytesRead === 0) return close();
    pos += bytesRead;
    if (size !== 0) {
      if (pos === size) close();
      else read();
    } else {
      buffers.push(buf.slice(0, bytesRead));
      read();
    }
  }

  function close(): void {
    fs.close(fd, function (er: FsError | null) {
      let result: BufferInstance | string = buf;
      if (size === 0) result = Buffer.concat(buffers, pos);
      else if (pos < size) result = buf.slice(0, pos);
      if (encoding) result = (result as BufferInstance).toString(encoding);
      return callback(er, result);
    });
  }
};

export const readFileSync = function (path: string, options?: unknown): BufferInstance | string {
  let opts: ReadFileOptions;
  if (!options) opts = { encoding: null, flag: 'r' };
  else if (typeof options === 'string') opts = { encoding: options, flag: 'r' };
  else if (typeof options !== 'object') throw new TypeError('Bad arguments');
  else opts = options as ReadFileOptions;

  const encoding = opts.encoding;
  assertEncoding(encoding);
  const flag = opts.flag || 'r';
  const fd = fs.openSync(path, flag, DEFAULT_FILE_MODE);

  let size = 0;
  let threw = true;
  try {
    size = fs.fstatSync(fd).size;
    threw = false;
  } finally {
    if (threw) fs.closeSync(fd);
  }

  let pos = 0;
  let buf: BufferInstance | undefined;
  let buffers: BufferInstance[] = [];
  if (size !== 0) {
    threw = true;
    try {
      buf = new Buffer(size);
      threw = false;
    } finally {
      if (threw) fs.closeSync(fd);
    }
  }

  let done = false;
  while (!done) {
    let bytesRead = 0;
    threw = true;
    try {
      if (size !== 0) {
        bytesRead = fs.readSync(fd, buf!, pos, size - pos);
      } else {
        // the kernel lies about many files: read until nothing comes
        buf = new Buffer(UNKNOWN_SIZE_CHUNK);
        bytesRead = fs.readSync(fd, buf, 0, UNKNOWN_SIZE_CHUNK);
        if (bytesRead) buffers.push(buf.slice(0, bytesRead));
      }
      threw = false;
    } finally {
      if (threw) fs.closeSync(fd);
    }
    pos += bytesRead;
    done = bytesRead === 0 || (size !== 0 && pos >= size);
  }
  fs.closeSync(fd);

  let result: BufferInstance | string;
  if (size === 0) result = Buffer.concat(buffers, pos);
  else if (pos < size) result = buf!.slice(0, pos);
  else result = buf!;
  buffers = [];
  if (encoding) result = (result as BufferInstance).toString(encoding);
  return result;
};

function writeAll(fd: number, data: BufferInstance, offset: number, length: number, position: number | null, callback: NativeCallback): void {
  fs.write(fd, data, offset, length, position, function (writeErr, written) {
    if (writeErr) {
      fs.close(fd, function () {
        callback(writeErr);
      });
    } else if (written === length) {
      fs.close(fd, callback);
    } else {
      offset += written;
      length -= written;
      // 0.10 adds to a null (append) position too, which turns it into a number.
      position = (position as number) + written;
      writeAll(fd, data, offset, length, position, callback);
    }
  });
}

function isAppend(flag: OpenFlags): boolean {
  return /a/.test(flag as string);
}

export const writeFile = function (path: string, data: unknown, options?: unknown, _callback?: unknown): void {
  // eslint-disable-next-line prefer-rest-params
  const callback = maybeCallback(arguments[arguments.length - 1]);
  const opts = writeOptions(options, 'w');
  assertEncoding(opts.encoding);
  const flag = opts.flag || 'w';
  fs.open(path, flag, opts.mode as number, function (openErr: FsError | null, fd: number) {
    if (openErr) {
      callback(openErr);
    } else {
      const buf = Buffer.isBuffer(data) ? data : new Buffer('' + (data as string), opts.encoding || 'utf8');
      const position = isAppend(flag) ? null : 0;
      writeAll(fd, buf, 0, buf.length, position, callback);
    }
  });
};

export const writeFileSync = function (path: string, data: unknown, options?: unknown): void {
  let opts: WriteFileOptions;
  if (!options) opts = { encoding: 'utf8', mode: DEFAULT_FILE_MODE, flag: 'w' };
  else if (typeof options === 'string') opts = { encoding: options, mode: DEFAULT_FILE_MODE, flag: 'w' };
  else if (typeof options !== 'object') throw new TypeError('Bad arguments');
  else opts = options as WriteFileOptions;
  assertEncoding(opts.encoding);

  const flag = opts.flag || 'w';
  const fd = fs.openSync(path, flag, opts.mode);
  const buf = Buffer.isBuffer(data) ? data : new Buffer('' + (data as string), opts.encoding || 'utf8');
  let written = 0;
  const length = buf.length;
  let position: number | null = isAppend(flag) ? null : 0;
  try {
    while (written < length) {
      written += fs.writeSync(fd, buf, written, length - written, position);
      // 0.10's arithmetic, kept: right when a write is whole, as file writes are.
      position = (position as number) + written;
    }
  } finally {
    fs.closeSync(fd);
  }
};

export const appendFile = function (path: string, data: unknown, options?: unknown, _callback?: unknown): void {
  // eslint-disable-next-line prefer-rest-params
  const callback = maybeCallback(arguments[arguments.length - 1]);
  let opts = writeOptions(options, 'a');
  if (!opts.flag) opts = extend({ flag: 'a' } as WriteFileOptions, opts);
  fs.writeFile(path, data, opts, callback);
};

export const appendFileSync = function (path: string, data: unknown, options?: unknown): void {
  let opts: WriteFileOptions;
  if (!options) opts = { encoding: 'utf8', mode: DEFAULT_FILE_MODE, flag: 'a' };
  else if (typeof options === 'string') opts = { encoding: options, mode: DEFAULT_FILE_MODE, flag: 'a' };
  else if (typeof options !== 'object') throw new TypeError('Bad arguments');
  else opts = options as WriteFileOptions;
  if (!opts.flag) opts = extend({ flag: 'a' } as WriteFileOptions, opts);
  fs.writeFileSync(path, data, opts);
};
