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
    callback(err);
  }

  function onEnd(): void {
    const buf = bufferModule.Buffer.concat(buffers, nread);
    buffers = [];
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
