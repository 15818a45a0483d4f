// Small helpers for the portable tests (they also run in Chromium: no node: imports).
import { Buffer } from '@n10/buffer';

export function hex(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i++) s += (data[i] < 16 ? '0' : '') + data[i].toString(16);
  return s;
}

export function fromHex(s: string): Buffer {
  return new Buffer(s.replace(/\s+/g, ''), 'hex');
}

export function repeat(byte: number, n: number): Buffer {
  const b = new Buffer(n);
  b.fill(byte);
  return b;
}

/** Deterministic pseudo-random bytes (xorshift32). */
export function pseudo(n: number, seed = 1): Buffer {
  const b = new Buffer(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}
