// The checks 0.10's native handle made with assert() (aborting the process when one failed),
// shared by both handle classes: here they throw an Error carrying the assertion's text, and
// the constructor's argument check throws 0.10's TypeError.
import { Mode } from './modes';

/** A failed assertion of 0.10's node_zlib.cc. */
export function fail(message: string): never {
  throw new Error(message);
}

// V8's Error.captureStackTrace, where the engine has it.
const captureStackTrace = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;

/**
 * new Zlib(mode): an int32 from DEFLATE to UNZIP, else TypeError('Bad argument'), whose stack
 * starts in the caller of `ctor` (0.10's constructor was C++: no frame of its own).
 */
export function checkMode(mode: unknown, ctor: Function): asserts mode is number {
  if (typeof mode !== 'number' || (mode | 0) !== mode || mode < Mode.DEFLATE || mode > Mode.UNZIP) {
    const er = new TypeError('Bad argument');
    if (captureStackTrace) captureStackTrace(er, ctor);
    throw er;
  }
}

/** init()'s numbers, taken as int32 and checked as 0.10 did. */
export function initNumbers(windowBits: number, level: number, memLevel: number, strategy: number): [number, number, number, number] {
  const wb = windowBits | 0;
  if (!(wb >= 8 && wb <= 15)) fail('invalid windowBits');
  const lvl = level | 0;
  if (!(lvl >= -1 && lvl <= 9)) fail('invalid compression level');
  const mem = memLevel | 0;
  if (!(mem >= 1 && mem <= 9)) fail('invalid memlevel');
  const strat = strategy | 0;
  if (!(strat >= 0 && strat <= 4)) fail('invalid strategy');
  return [wb, lvl, mem, strat];
}

/** write()'s buffers and ranges (offsets and lengths taken as uint32), as 0.10 asserted them. */
export function checkWriteBuffers(input: unknown, inOff: number, inLen: number, out: unknown, outOff: number, outLen: number): void {
  if (input !== null) {
    if (!(input instanceof Uint8Array)) fail('in must be a Buffer');
    if ((inOff >>> 0) + (inLen >>> 0) > input.length) fail('in_off + in_len <= Buffer::Length(in_buf)');
  }
  if (!(out instanceof Uint8Array)) fail('out must be a Buffer');
  if ((outOff >>> 0) + (outLen >>> 0) > out.length) fail('out_off + out_len <= Buffer::Length(out_buf)');
}
