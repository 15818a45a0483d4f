// The seam between the streams and the compressor: a zlib "handle" in the vocabulary of node
// 0.10's src/node_zlib.cc (new Zlib(mode); init, write, reset, close; req.callback and
// onerror). zlib-stream.ts holds all the policy and only ever talks to a handle through this
// file, so the engine behind it can change without touching the streams.
//
// Today every handle is the portable one (pako-handle.ts, on pako). When @n10/binding gains a
// native zlib, it exports `Zlib`, a constructor with exactly the ZlibHandle shape below, and
// newHandle() returns one of those instead. The binding is looked up on first use, never at
// import (a browser bundle has none).
import process from '@n10/process';
import type { ProcessInternals } from '@n10/process/internal';
import type { ModeNumber } from './modes';
import { PortableZlib } from './pako-handle';

export { Mode } from './modes';
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

function isHandleClass(value: unknown): value is ZlibHandleConstructor {
  if (typeof value !== 'function') return false;
  const proto = (value as ZlibHandleConstructor).prototype;
  return !!proto && ['init', 'write', 'reset', 'close'].every((k) => typeof (proto as unknown as Record<string, unknown>)[k] === 'function');
}

let chosen: ZlibHandleConstructor | undefined;

/** The handle class in use: the binding's native `Zlib` when it has one, else the portable one. */
export function handleClass(): ZlibHandleConstructor {
  if (chosen) return chosen;
  let found: ZlibHandleConstructor = PortableZlib;
  try {
    const b = native() as { Zlib?: unknown } | null;
    if (b && isHandleClass(b.Zlib)) found = b.Zlib;
  } catch {
    found = PortableZlib;
  }
  chosen = found;
  return found;
}

/** For tests: use this handle class from now on (undefined: look again on next use). */
export function setHandleClass(ctor: ZlibHandleConstructor | undefined): void {
  chosen = ctor;
}

/** A new handle for `mode`. */
export function newHandle(mode: ModeNumber): ZlibHandle {
  const Ctor = handleClass();
  return new Ctor(mode);
}

/** The class 0.10's module exposed as zlib.Zlib (the binding's handle class). */
export { PortableZlib as Zlib };
