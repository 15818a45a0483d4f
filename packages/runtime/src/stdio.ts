// process.stdin/stdout/stderr, as node 0.10 made them on first use (src/node.js):
//   a terminal  → tty.WriteStream / tty.ReadStream (net.Sockets over a TTY handle)
//   a file      → fs.SyncWriteStream / fs.ReadStream
//   a pipe/TCP  → net.Socket over a Pipe
// Writes to stdout/stderr are blocking, as they were in 0.10 on Linux: each write is out
// before write() returns, so process.exit() and a fatal exception lose nothing.
//
// Its own build entry (dist/stdio.js), required on first use of a stdio stream: a program
// that never prints does not load net, tty or streams.
import binding from '@n10/binding';
import type { BindingError, FSReq, Idle, StreamHandle, WriteReq } from '@n10/binding';
import { Buffer } from '@n10/buffer';
import { fromUint8Array } from '@n10/buffer/internal';
import type { SocketInstance } from '@n10/net';
import process from '@n10/process';
import type { StdioFd, StdioStream } from '@n10/process/internal';
import Stream from '@n10/stream';
import { inherits } from '@n10/util';
// Until @n10/fs exports it (see loadSyncWriteStream).
import { SyncWriteStream as LocalSyncWriteStream, writeAllSync } from '../../fs/src/sync-write-stream';

declare const require: (id: string) => unknown;

function optional<T>(name: string): T | undefined {
  try {
    const m = require('@n10/' + name) as T & { __n10Unbuilt?: boolean };
    return m && !m.__n10Unbuilt ? m : undefined;
  } catch {
    return undefined;
  }
}

function pkg<T>(name: string): T {
  const m = optional<T>(name);
  if (!m) throw new Error('n10: @n10/' + name + ' is not built');
  return m;
}

interface Net {
  Socket: new (options: Record<string, unknown>) => SocketInstance & StdioStream & Record<string, unknown>;
}
interface Tty {
  WriteStream: new (fd: number) => SocketInstance & StdioStream & Record<string, unknown>;
  ReadStream: new (fd: number) => SocketInstance & StdioStream & Record<string, unknown>;
}
interface Fs {
  SyncWriteStream?: new (fd: number) => StdioStream & Record<string, unknown>;
  ReadStream?: new (path: string | null, options: Record<string, unknown>) => StdioStream & Record<string, unknown>;
}

/**
 * Makes a stream handle's writes synchronous on `fd` (0.10's blocking stdio: libuv 0.10's
 * uv_pipe_open left the descriptor blocking). A write that goes out leaves writeQueueSize at
 * 0, so the socket completes it at once. A write that fails (EPIPE: the reader went away)
 * is reported as libuv 0.10 reported it: not by write(), but by the request's oncomplete in
 * a later loop iteration, before that iteration's I/O poll (libuv's pending queue; an Idle
 * handle runs there too); and the failed request's bytes stay counted in writeQueueSize
 * (libuv 0.10 did not subtract them), so the socket waits for that oncomplete, which
 * destroys it and emits 'error'. Uses the binding's setBlocking when it has one.
 */
function blockingWrites(handle: StreamHandle, fd: number): void {
  const h = handle as StreamHandle & { setBlocking?(on: boolean): number } & Record<string, unknown>;
  if (typeof h.setBlocking === 'function') {
    h.setBlocking(true);
    return;
  }
  const writeBytes = (req: WriteReq, bytes: Uint8Array): number => {
    req.bytes = bytes.length;
    try {
      writeAllSync(fd, bytes);
    } catch (e) {
      const code = (e as { code?: string }).code;
      const status = code && binding.uv['UV_' + code] !== undefined ? binding.uv['UV_' + code] : binding.uv.UV_EIO;
      Object.defineProperty(h, 'writeQueueSize', { value: (h.writeQueueSize || 0) + bytes.length, writable: true, configurable: true });
      completeLater(handle, req, status);
    }
    return 0;
  };
  const viewOf = (b: ArrayBufferView) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  h.writeBuffer = (req: WriteReq, buf: ArrayBufferView) => writeBytes(req, viewOf(buf));
  h.writeUtf8String = (req: WriteReq, s: string) => writeBytes(req, new Buffer(s, 'utf8'));
  h.writeAsciiString = (req: WriteReq, s: string) => writeBytes(req, new Buffer(s, 'ascii'));
  h.writeLatin1String = (req: WriteReq, s: string) => writeBytes(req, new Buffer(s, 'binary'));
  h.writeUcs2String = (req: WriteReq, s: string) => writeBytes(req, new Buffer(s, 'ucs2'));
}

type Completion = { handle: StreamHandle; req: WriteReq; status: number };
const failedWrites: Completion[] = [];
let completer: Idle | undefined;

/** Calls req.oncomplete(status, handle, req) in the next loop iteration, each with its ticks. */
function completeLater(handle: StreamHandle, req: WriteReq, status: number): void {
  failedWrites.push({ handle, req, status });
  if (!completer) {
    completer = new binding.Idle();
    completer.onidle = completeFailedWrites;
  }
  completer.start();
}

/** The completer's callback: 0.10 called oncomplete from native code, so this frame is hidden
 * (library-frames.ts) and the failed write's error shows afterWrite as its last frame. */
function completeFailedWrites(): void {
  completer!.stop();
  const batch = failedWrites.splice(0);
  for (let i = 0; i < batch.length; i++) {
    if (i > 0) process._tickCallback();
    const c = batch[i];
    c.req.oncomplete(c.status, c.handle, c.req);
  }
}

function loadSyncWriteStream(): new (fd: number) => StdioStream & Record<string, unknown> {
  const fs = optional<Fs>('fs');
  if (fs && typeof fs.SyncWriteStream === 'function') return fs.SyncWriteStream;
  return LocalSyncWriteStream as unknown as new (fd: number) => StdioStream & Record<string, unknown>;
}

function createWritableStdioStream(fd: 1 | 2): StdioStream {
  let stream: StdioStream & Record<string, unknown>;
  switch (binding.guessHandleType(fd)) {
    case 'TTY': {
      const tty = pkg<Tty>('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      const h = stream._handle as StreamHandle | null;
      if (h) {
        blockingWrites(h, fd);
        // Stdout does not keep the event loop alive (0.10: joyent/node#1726).
        h.unref();
      }
      break;
    }
    case 'FILE': {
      const SyncWriteStream = loadSyncWriteStream();
      stream = new SyncWriteStream(fd);
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = pkg<Net>('net');
      // A Pipe that is not opened on the fd (uv_pipe_open would make the descriptor
      // non-blocking, shared with whoever else has it): writes go to the fd directly.
      const handle = new binding.Pipe() as StreamHandle;
      Object.defineProperty(handle, 'fd', { value: fd, configurable: true });
      blockingWrites(handle, fd);
      stream = new net.Socket({ handle, readable: false, writable: true });
      stream.readable = false;
      stream.read = null;
      stream._type = 'pipe';
      handle.unref();
      break;
    }
    default:
      throw new Error('Implement me. Unknown stream file type!');
  }
  return stream;
}

/** Stdin from a regular file, until @n10/fs's ReadStream: reads the fd from where it is. */
function fileReader(fd: number): StdioStream & Record<string, unknown> {
  const Readable = Stream.Readable;
  function FileStdin(this: Record<string, unknown>) {
    (Readable as unknown as { call(self: object, o: object): void }).call(this, { highWaterMark: 64 * 1024 });
    this.fd = fd;
  }
  inherits(FileStdin as never, Readable);
  (FileStdin.prototype as { _read(n: number): void })._read = function (this: { push(c: unknown): boolean; emit(e: string, x: unknown): boolean }, n: number) {
    const self = this;
    const buf = new Uint8Array(n > 0 ? n : 65536);
    const req: FSReq<number> = {
      oncomplete(err: BindingError | null, bytes?: number) {
        if (err) {
          self.emit('error', binding.uvException(err, 'read'));
          return;
        }
        self.push(bytes ? fromUint8Array(buf.subarray(0, bytes)) : null);
      },
    };
    binding.read(fd, buf, 0, buf.length, null, req);
  };
  return new (FileStdin as unknown as new () => StdioStream & Record<string, unknown>)();
}

function createStdin(): StdioStream {
  const fd = 0;
  let stdin: StdioStream & Record<string, unknown>;
  switch (binding.guessHandleType(fd)) {
    case 'TTY': {
      const tty = pkg<Tty>('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = optional<Fs>('fs');
      stdin = fs && typeof fs.ReadStream === 'function' ? new fs.ReadStream(null, { fd }) : fileReader(fd);
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = pkg<Net>('net');
      stdin = new net.Socket({ fd, readable: true, writable: false });
      break;
    }
    default:
      throw new Error('Implement me. Unknown stdin file type!');
  }

  // Paused until the program reads: the constructor started reading; stop at once.
  const handle = stdin._handle as (StreamHandle & { reading?: boolean }) | null | undefined;
  if (handle && handle.readStop) {
    handle.reading = false;
    (stdin._readableState as { reading: boolean }).reading = false;
    handle.readStop();
  }

  // pause() stops reading at once, so that the process can exit.
  stdin.on('pause', () => {
    const h = stdin._handle as (StreamHandle & { reading?: boolean }) | null | undefined;
    if (!h) return;
    (stdin._readableState as { reading: boolean }).reading = false;
    h.reading = false;
    h.readStop();
  });
  return stdin;
}

/** The factory @n10/process calls on first use of process.stdin/stdout/stderr. */
export function createStdio(fd: StdioFd): StdioStream {
  return fd === 0 ? createStdin() : createWritableStdioStream(fd);
}

export { process };
