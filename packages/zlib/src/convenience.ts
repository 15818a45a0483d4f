// The convenience methods: zlib.deflate(buf, callback) and the six others. Each runs one
// stream with the default options over the whole input and calls back with the output
// concatenated, or with the stream's first error.
import bufferModule from '@n10/buffer';
import type { BufferInstance, ForeignBuffer } from '@n10/buffer';
import { Deflate, DeflateRaw, Gunzip, Gzip, Inflate, InflateRaw, Unzip } from './classes';
import type { ZlibStream as Zlib } from './zlib-stream';

/** callback(error, result) of the convenience methods. */
export type ZlibCallback = (error: Error | null, result?: BufferInstance) => void;

/** The input of a convenience method: a Buffer (n10's, or a foreign one: a current Node's own) or a string (utf8). */
export type ZlibInput = BufferInstance | ForeignBuffer | string;

// A callback that is not a function (zlib.deflate(buf) with none, or with 0.11's options
// argument in its place) failed where 0.10's zlib.js called it, with V8 3.14's words
// ("undefined is not a function", "object is not a function"); the n10 runtime shows that
// line of zlib.js as the uncaught error's site.
const THROW_SITES = Symbol.for('n10.throwSites');
const captureStackTrace = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;
function callbackNotAFunction(callback: unknown, line: number, text: string): TypeError {
  const er = new TypeError(`${callback === null ? 'object' : typeof callback} is not a function`);
  if (captureStackTrace) captureStackTrace(er, callbackNotAFunction);
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'zlib.js', line, text, caret: '    ^' });
  return er;
}

function zlibBuffer(engine: Zlib, buffer: ZlibInput, callback: ZlibCallback): void {
  let buffers: BufferInstance[] = [];
  let nread = 0;

  engine.on('error', onError);
  engine.on('end', onEnd);

  engine.end(buffer as BufferInstance | string);
  flow();

  function flow(): void {
    let chunk: BufferInstance | null;
    while (null !== (chunk = engine.read() as BufferInstance | null)) {
      buffers.push(chunk);
      nread += chunk.length;
    }
    engine.once('readable', flow);
  }

  function onError(err: Error): void {
    engine.removeListener('end', onEnd);
    engine.removeListener('readable', flow);
    if (typeof callback !== 'function') throw callbackNotAFunction(callback, 160, '    callback(err);');
    callback(err);
  }

  function onEnd(): void {
    const buf = bufferModule.Buffer.concat(buffers, nread);
    buffers = [];
    if (typeof callback !== 'function') throw callbackNotAFunction(callback, 166, '    callback(null, buf);');
    callback(null, buf);
    engine.close();
  }
}

export const deflate = function (buffer: ZlibInput, callback: ZlibCallback): void {
  zlibBuffer(new Deflate(), buffer, callback);
};

export const gzip = function (buffer: ZlibInput, callback: ZlibCallback): void {
  zlibBuffer(new Gzip(), buffer, callback);
};

export const deflateRaw = function (buffer: ZlibInput, callback: ZlibCallback): void {
  zlibBuffer(new DeflateRaw(), buffer, callback);
};

export const unzip = function (buffer: ZlibInput, callback: ZlibCallback): void {
  zlibBuffer(new Unzip(), buffer, callback);
};

export const inflate = function (buffer: ZlibInput, callback: ZlibCallback): void {
  zlibBuffer(new Inflate(), buffer, callback);
};

export const gunzip = function (buffer: ZlibInput, callback: ZlibCallback): void {
  zlibBuffer(new Gunzip(), buffer, callback);
};

export const inflateRaw = function (buffer: ZlibInput, callback: ZlibCallback): void {
  zlibBuffer(new InflateRaw(), buffer, callback);
};
