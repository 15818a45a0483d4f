// Allocation: small buffers are carved out of shared slabs, as in 0.10 (`Buffer.poolSize`,
// 8 KB), which is also several times faster than a fresh ArrayBuffer each. A slab is never
// reused once full and only ever written through the views carved from it, so every new
// buffer starts zero-filled (n10's deliberate difference from 0.10).
import { FastBuffer } from './fast-buffer';

let slab = new ArrayBuffer(0);
let slabBytes = new Uint8Array(slab);
let used = 0;

const align8 = (n: number): number => (n + 7) & ~7;

/** A zero-filled buffer of `n` bytes (n a non-negative integer). */
// 0.10 carved every buffer up to Buffer.poolSize bytes out of a pool (a fresh one when the
// current one had too little room left); only bigger ones got memory of their own.
export function allocate(n: number, poolSize: number): FastBuffer {
  if (n === 0 || n > poolSize) return new FastBuffer(n);
  if (n > slab.byteLength - used) newSlab(poolSize);
  const buf = new FastBuffer(slab, used, n);
  used = align8(used + n);
  return buf;
}

function newSlab(poolSize: number): void {
  slab = new ArrayBuffer(poolSize);
  slabBytes = new Uint8Array(slab);
  used = 0;
}

/**
 * Room for up to `max` bytes in the current slab, for a write whose final size is known only
 * afterwards; returns the offset in `reserved.bytes`, or -1 when `max` is too big for a slab.
 * Follow with `commit`.
 */
export function reserve(max: number, poolSize: number): number {
  if (max > poolSize) return -1;
  if (max > slab.byteLength - used) newSlab(poolSize);
  reserved.bytes = slabBytes;
  return used;
}

export const reserved = { bytes: slabBytes };

/** Turns the first `n` bytes of the last reservation into a buffer. */
export function commit(off: number, n: number): FastBuffer {
  if (n === 0) return new FastBuffer(0);
  used = align8(off + n);
  return new FastBuffer(slab, off, n);
}
