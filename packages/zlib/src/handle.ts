// The seam between the streams and the compressor: a zlib "handle" in the vocabulary of node
// 0.10's src/node_zlib.cc (new Zlib(mode); init, write, reset, close; req.callback and
// onerror). zlib-stream.ts holds all the policy and only ever talks to a handle through this
// file, so the engine behind it can change without touching the streams.
//
// Three implementations: the portable handle (pako-handle.ts, on pako, every mode); the
// binding's zlib adapted to this vocabulary (native-handle.ts), which newHandle() uses for
// decompression when @n10/binding has a Zlib that keeps the contract native-handle.ts checks;
// and for compression, the binding's Zlib over the system's zlib where that deflates as 1.2.3
// did (native-deflate.ts, which hands the other cases to the portable handle).
// The binding is looked up on first use, never at import (a browser bundle has none).
import process from '@n10/process';
import type { ProcessInternals } from '@n10/process/internal';
import type { ModeNumber } from './modes';
import { isUsableSystemZlib, nativeDeflateClass } from './native-deflate';
import { isUsableBindingZlib, nativeHandleClass } from './native-handle';
import { Mode } from './modes';
import { PortableZlib } from './pako-handle';

export { Mode };
export type { ModeNumber } from './modes';

/** A compressor or decompressor context. */
export interface ZlibHandle {
  /** Called (this = the handle) when a write is done, with the input and output space left. */
  callback?: (availInAfter: number, availOutAfter: number) => void;
  /** The input of the write in progress: the stream keeps it referenced here, as 0.10 did. */
  buffer?: unknown;
  /** Called (this = the handle) instead of callback when a write fails; the handle is then dead. */
  onerror?: (message: string, errno: number) => void;
  /** Once, before the first write. Numbers are taken as int32; dictionary is a Buffer or absent. */
  init(windowBits: number, level: number, memLevel: number, strategy: number, dictionary?: unknown): void;
  /**
   * One step of deflate()/inflate() with `flush`, from input[inOff, inOff + inLen) into
   * out[outOff, outOff + outLen), finished later on the event loop. `input` may be null
   * (no input). Only one write may be in progress. Returns the handle itself, whose
   * `callback` (or `onerror`) is called later, from the event loop.
   */
  write(
    flush: number,
    input: Uint8Array | null | undefined,
    inOff: number,
    inLen: number,
    out: Uint8Array,
    outOff: number,
    outLen: number,
  ): ZlibHandle;
  /** deflateReset/inflateReset (and the dictionary again); nothing for gzip, gunzip, unzip. */
  reset(): void;
  /** Frees the context; later writes are a programming error. */
  close(): void;
}

export interface ZlibHandleConstructor {
  new (mode: number): ZlibHandle;
  prototype: ZlibHandle;
}

// @n10/process's internals (its native() finds the binding once for every package), reached
// through the process object so that bundlers without subpath exports cope.
function native(): unknown {
  const internals = (process as unknown as Record<symbol, ProcessInternals | undefined>)[Symbol.for('n10.process.internals')];
  return internals ? internals.native() : null;
}

let override: ZlibHandleConstructor | undefined;
let nativeInflate: ZlibHandleConstructor | null | undefined;
let nativeDeflate: ZlibHandleConstructor | null | undefined;
let nativeWanted = true;
let nativeDeflateWanted = true;

/** Whether to decompress on the binding's zlib when it has a usable one (the default). */
export function useNativeInflate(enabled: boolean): void {
  nativeWanted = enabled;
}

/** Whether to compress on the system's zlib when it deflates as 1.2.3 (the default). */
export function useNativeDeflate(enabled: boolean): void {
  nativeDeflateWanted = enabled;
}

// The binding's zlib, adapted, when it is there and keeps the contract native-handle.ts was
// written for (looked up once).
function nativeInflateClass(): ZlibHandleConstructor | null {
  if (nativeInflate !== undefined) return nativeInflate;
  let found: ZlibHandleConstructor | null = null;
  try {
    const b = native() as { Zlib?: unknown } | null;
    if (b && isUsableBindingZlib(b.Zlib)) found = nativeHandleClass(b.Zlib, PortableZlib);
  } catch {
    found = null;
  }
  nativeInflate = found;
  return found;
}

// The system's zlib through the binding, when it is there and deflates as 1.2.3 (looked up once).
function nativeDeflateClassOnce(): ZlibHandleConstructor | null {
  if (nativeDeflate !== undefined) return nativeDeflate;
  let found: ZlibHandleConstructor | null = null;
  try {
    const b = native() as { Zlib?: unknown } | null;
    if (b && isUsableSystemZlib(b.Zlib)) found = nativeDeflateClass(b.Zlib, PortableZlib);
  } catch {
    found = null;
  }
  nativeDeflate = found;
  return found;
}

function isInflateMode(mode: number): boolean {
  return mode === Mode.INFLATE || mode === Mode.GUNZIP || mode === Mode.INFLATERAW || mode === Mode.UNZIP;
}

/**
 * For tests: make every handle of this class from now on (undefined: back to the choice
 * below; null: the portable handle for every mode, the binding not looked at).
 */
export function setHandleClass(ctor: ZlibHandleConstructor | null | undefined): void {
  override = ctor === null ? PortableZlib : ctor;
}

/**
 * A new handle for `mode`: compression on pako (whose bytes compat-123.ts makes zlib 1.2.3's,
 * which the host's zlib's are not), or, when enabled, on the system's zlib where its bytes are
 * 1.2.3's too (native-deflate.ts); decompression on pako, or, when enabled, on the
 * binding's zlib (inflating gives the same output from any zlib, and native is faster).
 */
export function newHandle(mode: ModeNumber): ZlibHandle {
  if (override) return new override(mode);
  const Native = isInflateMode(mode)
    ? nativeWanted
      ? nativeInflateClass()
      : null
    : nativeDeflateWanted
      ? nativeDeflateClassOnce()
      : null;
  return Native ? new Native(mode) : new PortableZlib(mode);
}

/** The class 0.10's module exposed as zlib.Zlib (the binding's handle class). */
export { PortableZlib as Zlib };
