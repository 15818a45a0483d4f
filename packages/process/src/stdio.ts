// process.stdin/stdout/stderr: made on first use, by a factory.
//
// The n10 runtime installs the factory that picks the stream kind as 0.10 did (tty.WriteStream
// for a terminal, fs.SyncWriteStream for a file, net.Socket over a pipe); those packages
// sit above this one, so the choice cannot live here. Without a runtime, stdout/stderr are
// simple synchronous writers: over the binding's file writes when it is present, over the
// engine's console (whole lines) otherwise; stdin is an emitter that never reads.
import { EventEmitter } from '@n10/events';
import type { Binding } from './native';

export type StdioFd = 0 | 1 | 2;

/** What a stdio stream is, minimally: the factory returns 0.10's stream classes. */
export interface StdioStream {
  fd?: number | null;
  _isStdio?: boolean;
  isTTY?: boolean;
  writable?: boolean;
  readable?: boolean;
  write?(chunk: unknown, encoding?: unknown, cb?: unknown): boolean;
  emit(event: string, ...args: unknown[]): boolean;
  on(event: string, listener: (...args: unknown[]) => unknown): unknown;
  destroy?(error?: Error): unknown;
  destroySoon?(error?: Error): unknown;
  _refreshSize?(): void;
  resume?(): unknown;
}

export type StdioFactory = (fd: StdioFd) => StdioStream;

interface EngineConsole {
  log(s: string): void;
  error(s: string): void;
}
const engineConsole = (globalThis as { console?: EngineConsole }).console;

type Chunk = string | ArrayBufferView;

function toText(chunk: Chunk): string {
  if (typeof chunk === 'string') return chunk;
  const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return typeof TextDecoder === 'function' ? new TextDecoder().decode(bytes) : String.fromCharCode.apply(null, Array.from(bytes));
}

/** A synchronous writer: fd 1/2 through the binding, or whole lines to the engine console. */
function simpleWriter(fd: 1 | 2, native: () => Binding | null): StdioStream {
  const w = new EventEmitter() as unknown as StdioStream & Record<string, unknown>;
  let pending = '';
  w.fd = fd;
  w.writable = true;
  w.write = (chunk: unknown, encoding?: unknown, cb?: unknown) => {
    const b = native();
    const data = (typeof chunk === 'string' || ArrayBuffer.isView(chunk) ? chunk : String(chunk)) as Chunk;
    if (b) {
      if (typeof data === 'string') {
        const enc = typeof encoding === 'string' ? encoding : 'utf8';
        b.writeString(fd, data, null, enc);
      } else {
        let off = 0;
        while (off < data.byteLength) off += b.writeBuffer(fd, data, off, data.byteLength - off, null);
      }
    } else if (engineConsole) {
      const text = pending + toText(data);
      const end = text.lastIndexOf('\n');
      pending = end < 0 ? text : text.slice(end + 1);
      if (end >= 0) for (const line of text.slice(0, end).split('\n')) engineConsole[fd === 1 ? 'log' : 'error'](line);
    }
    const done = typeof encoding === 'function' ? encoding : cb;
    if (typeof done === 'function') Promise.resolve().then(done as () => void);
    return true;
  };
  w.end = (chunk?: unknown) => {
    if (chunk != null && w.write) w.write(chunk);
  };
  return w;
}

/** The factory without a runtime. */
export function defaultStdioFactory(native: () => Binding | null): StdioFactory {
  return (fd) => {
    if (fd === 0) {
      const r = new EventEmitter() as unknown as StdioStream & Record<string, unknown>;
      r.fd = 0;
      r.readable = false;
      r.pause = r.resume = r.setEncoding = () => r;
      return r;
    }
    return simpleWriter(fd, native);
  };
}
