// Portable test helpers (no host modules: these run in the browser too).
import bufferModule from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import type { ZlibStream } from '../../src/index';

export const Buffer = bufferModule.Buffer;
export type Bytes = BufferInstance;

/** Hex of a Buffer or Uint8Array. */
export function hex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
}

export function fromHex(s: string): Bytes {
  return new Buffer(s, 'hex');
}

/** A deterministic xorshift generator. */
export function prng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n: number) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

export function randomBytes(n: number, seed = 1): Bytes {
  const rnd = prng(seed);
  const b = new Buffer(n);
  for (let i = 0; i < n; i++) b[i] = rnd(256);
  return b;
}

/** Text-like bytes: words from a small vocabulary. */
export function text(n: number, seed = 1): Bytes {
  const rnd = prng(seed);
  const words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'zlib', 'node', 'stream', '\n', 'of', 'a'];
  const parts: string[] = [];
  let len = 0;
  while (len < n) {
    const w = words[rnd(words.length)] + ' ';
    parts.push(w);
    len += w.length;
  }
  return new Buffer(parts.join('').slice(0, n));
}

export interface Collected {
  data: Bytes;
  chunks: Bytes[];
  events: string[];
  error: (Error & { errno?: number; code?: string }) | null;
}

/** Everything a stream emits until 'end' or 'error' (and 'close' shortly after). */
export function collect(z: ZlibStream): Promise<Collected> {
  return new Promise((resolve) => {
    const chunks: Bytes[] = [];
    const events: string[] = [];
    let done = false;
    const finish = (error: Collected['error']) => {
      if (done) return;
      done = true;
      resolve({ data: Buffer.concat(chunks), chunks, events, error });
    };
    z.on('data', (d: Bytes) => {
      chunks.push(d);
      events.push('data');
    });
    z.on('end', () => {
      events.push('end');
      finish(null);
    });
    z.on('error', (e: Error) => {
      events.push('error');
      finish(e);
    });
  });
}

/** Writes the input (in pieces of `step` bytes when given), ends, and collects. */
export function run(z: ZlibStream, input: Bytes | string, step?: number): Promise<Collected> {
  const p = collect(z);
  if (step && typeof input !== 'string') {
    for (let i = 0; i < input.length; i += step) z.write(input.slice(i, i + step));
    z.end();
  } else {
    z.end(input);
  }
  return p;
}

/** The convenience methods as promises. */
export function call(fn: (buf: Bytes | string, cb: (err: Error | null, res?: Bytes) => void) => void, input: Bytes | string): Promise<Bytes> {
  return new Promise((resolve, reject) => fn(input, (err, res) => (err ? reject(err) : resolve(res as Bytes))));
}

/** Waits for the next turn of the event loop (and a little). */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
