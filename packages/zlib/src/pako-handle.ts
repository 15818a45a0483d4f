// The portable zlib handle: 0.10's native ZCtx (src/node_zlib.cc) over pako's port of zlib.
//
// Same vocabulary and the same checks as the native class: new Zlib(mode) takes an int32
// mode, init() asserts its ranges, write() runs one deflate()/inflate() step and answers
// later, from the event loop (0.10 ran it on the thread pool), by calling this.callback(
// availIn, availOut) or, on a fatal status, this.onerror(message, errno). Where 0.10's C++
// failed an assert() (and aborted the process), this class throws an Error carrying the
// assertion's text instead.
//
// What makes pako's output the bytes zlib 1.2.3 (0.10's) produced lives in compat-123.ts.
import ZStream from 'pako/lib/zlib/zstream.js';
import pakoDeflate from 'pako/lib/zlib/deflate.js';
import pakoInflate from 'pako/lib/zlib/inflate.js';
import { inflate123 } from './inflate-123';
import { checkMode, checkWriteBuffers, fail, initNumbers } from './asserts';
import { deflate123, deflateWindowBits, setDeflateDictionary } from './compat-123';
import { returnCodes, flushes } from './constants';
import { defer } from './defer';
import { deflateStream, inflateStream, releaseDeflate, releaseInflate } from './state-pool';
import type { ZlibHandle } from './handle';
import { Mode } from './modes';

const { Z_OK, Z_STREAM_END, Z_NEED_DICT, Z_STREAM_ERROR, Z_DATA_ERROR, Z_BUF_ERROR } = returnCodes;

interface Context {
  mode: number;
  /** The pako stream (IDLE before init and after close). */
  strm: ZStream;
  /** What init() gave deflateInit2/inflateInit2's array sizes (to keep the context for reuse). */
  windowBits: number;
  memLevel: number;
  initDone: boolean;
  writing: boolean;
  dictionary: Uint8Array | null;
  flush: number;
  err: number;
  // Plain Uint8Array views of the last input and output buffers: pako's loops stay
  // monomorphic, and a Buffer subclass's subarray() never runs in them.
  inSource: Uint8Array | null;
  inView: Uint8Array | null;
  outSource: Uint8Array | null;
  outView: Uint8Array | null;
}

// The handle's state, out of sight: 0.10's handle had no own properties (inspects as {}).
const contexts = new WeakMap<object, Context>();

const EMPTY = new Uint8Array(0);
// The stream of a handle without a context (never given to pako's deflate or inflate).
const IDLE = new ZStream();

function contextOf(handle: object): Context {
  const ctx = contexts.get(handle);
  if (!ctx) throw new TypeError('Illegal invocation');
  return ctx;
}

function isDeflate(mode: number): boolean {
  return mode === Mode.DEFLATE || mode === Mode.GZIP || mode === Mode.DEFLATERAW;
}

function isInflate(mode: number): boolean {
  return mode === Mode.INFLATE || mode === Mode.GUNZIP || mode === Mode.INFLATERAW || mode === Mode.UNZIP;
}

// inflateInit2's windowBits for a mode: +16 reads gzip only, +32 detects gzip or zlib, negative
// is raw deflate.
export function inflateWindowBits(mode: number, windowBits: number): number {
  if (mode === Mode.GUNZIP) return windowBits + 16;
  if (mode === Mode.UNZIP) return windowBits + 32;
  if (mode === Mode.INFLATERAW) return -windowBits;
  return windowBits;
}

function viewOf(source: Uint8Array): Uint8Array {
  return source.constructor === Uint8Array ? source : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
}

function inputView(ctx: Context, source: Uint8Array): Uint8Array {
  if (ctx.inSource !== source) {
    ctx.inSource = source;
    ctx.inView = viewOf(source);
  }
  return ctx.inView as Uint8Array;
}

function outputView(ctx: Context, source: Uint8Array): Uint8Array {
  if (ctx.outSource !== source) {
    ctx.outSource = source;
    ctx.outView = viewOf(source);
  }
  return ctx.outView as Uint8Array;
}

/**
 * new Zlib(mode): a context for one of the Mode numbers (DEFLATE … UNZIP). Its source name is
 * not Zlib, so that the stream class (zlib-stream.ts) keeps that name in the bundle: V8 names
 * the functions a constructor assigns (this._binding.onerror = function …) after it, and 0.10's
 * frames read Zlib._binding.onerror. Its .name is Zlib (below).
 */
function PortableZlibHandle(this: ZlibHandle, mode: unknown): void {
  if (!(this instanceof PortableZlibHandle) || contexts.has(this)) {
    throw new TypeError("Class constructor Zlib cannot be invoked without 'new'");
  }
  checkMode(mode, PortableZlibHandle);
  contexts.set(this, {
    mode,
    strm: IDLE,
    windowBits: 0,
    memLevel: 0,
    initDone: false,
    writing: false,
    dictionary: null,
    flush: 0,
    err: Z_OK,
    inSource: null,
    inView: null,
    outSource: null,
    outView: null,
  });
}

// 0.10's native constructor reported no parameters; and it is named Zlib even where a bundler
// renames the function (the stream base class is a Zlib too).
Object.defineProperty(PortableZlibHandle, 'length', { value: 0 });
Object.defineProperty(PortableZlibHandle, 'name', { value: 'Zlib' });

const proto = PortableZlibHandle.prototype as ZlibHandle;

/** init(windowBits, level, memLevel, strategy, [dictionary]): deflateInit2/inflateInit2. */
proto.init = function init(this: ZlibHandle, windowBits: number, level: number, memLevel: number, strategy: number, dictionary?: unknown): void {
  const ctx = contextOf(this);
  if (arguments.length !== 4 && arguments.length !== 5) fail('init(windowBits, level, memLevel, strategy, [dictionary])');
  const [wb, lvl, mem, strat] = initNumbers(windowBits, level, memLevel, strategy);
  // 0.10 kept its own copy of the dictionary.
  if (arguments.length > 4 && dictionary instanceof Uint8Array) ctx.dictionary = new Uint8Array(dictionary);

  let made: ZStream | number;
  switch (ctx.mode) {
    case Mode.DEFLATE:
    case Mode.GZIP:
    case Mode.DEFLATERAW: {
      const bits = deflateWindowBits(wb);
      const wrapped = ctx.mode === Mode.GZIP ? bits + 16 : ctx.mode === Mode.DEFLATERAW ? -bits : bits;
      // With zlib's own hash function, whose matches (hence bytes) are zlib's.
      made = deflateStream(lvl, wrapped, mem, strat);
      ctx.windowBits = bits;
      ctx.memLevel = mem;
      break;
    }
    default:
      made = inflateStream(inflateWindowBits(ctx.mode, wb));
      ctx.windowBits = wb;
      break;
  }
  if (typeof made === 'number') {
    ctx.mode = Mode.NONE;
    fail('Init error');
  }
  ctx.strm = made;
  setDictionary(this, ctx);
  ctx.initDone = true;
};

/** write(flush, in, in_off, in_len, out, out_off, out_len): one step, answered later. */
proto.write = function write(
  this: ZlibHandle,
  flush: number,
  input: Uint8Array | null | undefined,
  inOff: number,
  inLen: number,
  out: Uint8Array,
  outOff: number,
  outLen: number,
): ZlibHandle {
  const ctx = contextOf(this);
  if (arguments.length !== 7) fail('write(flush, in, in_off, in_len, out, out_off, out_len)');
  if (!ctx.initDone) fail('write before init');
  if (ctx.mode === Mode.NONE) fail('already finalized');
  if (ctx.writing) fail('write already in progress');

  checkWriteBuffers(input, inOff, inLen, out, outOff, outLen);
  const strm = ctx.strm;
  if (input === null) {
    // Just a flush.
    strm.input = EMPTY;
    strm.next_in = 0;
    strm.avail_in = 0;
  } else {
    strm.input = inputView(ctx, input as Uint8Array);
    strm.next_in = inOff >>> 0;
    strm.avail_in = inLen >>> 0;
  }
  strm.output = outputView(ctx, out);
  strm.next_out = outOff >>> 0;
  strm.avail_out = outLen >>> 0;
  ctx.flush = flush >>> 0;
  ctx.writing = true;

  const handle = this;
  defer(function () {
    // close() is refused while writing, and reset() leaves the context usable.
    run(ctx);
    after(handle, ctx);
  });
  return this;
};

/** reset(): deflateReset/inflateReset, then the deflate dictionary again. */
proto.reset = function reset(this: ZlibHandle): void {
  const ctx = contextOf(this);
  ctx.err = Z_OK;
  switch (ctx.mode) {
    case Mode.DEFLATE:
    case Mode.DEFLATERAW:
      ctx.err = pakoDeflate.deflateReset(ctx.strm);
      break;
    case Mode.INFLATE:
    case Mode.INFLATERAW:
      ctx.err = pakoInflate.inflateReset(ctx.strm);
      break;
    default:
      // gzip, gunzip and unzip streams are not reset (0.10.19).
      break;
  }
  if (ctx.err !== Z_OK) return error(this, ctx, 'Failed to reset stream');
  setDictionary(this, ctx);
};

/** close(): deflateEnd/inflateEnd; the handle is finished. */
proto.close = function close(this: ZlibHandle): void {
  const ctx = contextOf(this);
  if (ctx.writing) fail('write in progress');
  if (!ctx.initDone) fail('close before init');
  release(ctx);
  if (isDeflate(ctx.mode)) releaseDeflate(ctx.strm, ctx.windowBits, ctx.memLevel);
  else if (isInflate(ctx.mode)) releaseInflate(ctx.strm, ctx.windowBits);
  ctx.mode = Mode.NONE;
  ctx.dictionary = null;
  ctx.strm = IDLE;
};

// The methods are enumerable, named and take no declared parameters, as on 0.10's native
// prototype.
for (const key of ['write', 'init', 'close', 'reset'] as const) {
  const fn = proto[key];
  delete (proto as unknown as Record<string, unknown>)[key];
  Object.defineProperty(proto, key, { value: fn, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(fn, 'length', { value: 0 });
  Object.defineProperty(fn, 'name', { value: key });
}

function setDictionary(handle: ZlibHandle, ctx: Context): void {
  if (!ctx.dictionary) return;
  ctx.err = Z_OK;
  if (ctx.mode === Mode.DEFLATE || ctx.mode === Mode.DEFLATERAW) {
    ctx.err = setDeflateDictionary(ctx.strm, ctx.dictionary);
  }
  if (ctx.err !== Z_OK) error(handle, ctx, 'Failed to set dictionary');
}

// The work of a write (0.10's ZCtx::Process, on the thread pool there).
function run(ctx: Context): void {
  const strm = ctx.strm;
  const flush = ctx.flush;
  if (isDeflate(ctx.mode)) {
    // zlib 1.2.3's deflate() knew no flush value past Z_FINISH (and set no message).
    if (flush > flushes.Z_FINISH) {
      ctx.err = Z_STREAM_ERROR;
      return;
    }
    ctx.err = deflate123(strm, flush);
    return;
  }
  ctx.err = inflate123(strm, flush);
  if (ctx.mode !== Mode.INFLATERAW && ctx.err === Z_NEED_DICT && ctx.dictionary) {
    ctx.err = pakoInflate.inflateSetDictionary(strm, ctx.dictionary);
    if (ctx.err === Z_OK) {
      ctx.err = inflate123(strm, flush);
    } else if (ctx.err === Z_DATA_ERROR) {
      // Both calls answer Z_DATA_ERROR: a wrong dictionary is told apart as Z_NEED_DICT.
      ctx.err = Z_NEED_DICT;
    }
  }
}

// Back on the loop (0.10's ZCtx::After): the callback, or onerror for a fatal status.
function after(handle: ZlibHandle, ctx: Context): void {
  ctx.writing = false;
  const strm = ctx.strm;
  const availIn = strm.avail_in;
  const availOut = strm.avail_out;
  switch (ctx.err) {
    case Z_OK:
    case Z_STREAM_END:
    case Z_BUF_ERROR:
      // Normal statuses: Z_BUF_ERROR only says no progress was possible.
      break;
    case Z_NEED_DICT:
      return error(handle, ctx, ctx.dictionary ? 'Bad dictionary' : 'Missing dictionary');
    default:
      return error(handle, ctx, 'Zlib error');
  }
  const callback = handle.callback;
  if (typeof callback !== 'function') fail('Invalid callback');
  callback.call(handle, availIn, availOut);
}

// A fatal status: zlib's own message when it set one, else the given one.
function error(handle: ZlibHandle, ctx: Context, message: string): void {
  const text = ctx.strm.msg || message;
  const onerror = handle.onerror;
  if (typeof onerror !== 'function') fail('Invalid error handler');
  ctx.writing = false;
  onerror.call(handle, text, ctx.err);
}

// Drops the references to the caller's buffers (at close: until then the stream holds them too).
function release(ctx: Context): void {
  ctx.strm.input = null;
  ctx.strm.output = null;
  ctx.inSource = ctx.inView = null;
  ctx.outSource = ctx.outView = null;
}

export const PortableZlib = PortableZlibHandle as unknown as { new (mode: number): ZlibHandle; prototype: ZlibHandle };

/**
 * For the native deflate handle (native-deflate.ts) taking over from the system's zlib: feeds
 * `chunks` to an initialized deflate handle now, without a flush (Z_NO_FLUSH), and drops the
 * output. Returns how many bytes of output that made (all of it written out: no flush, so
 * only complete blocks). The compressor is then where it would be had it been given the same
 * input by write() steps, however the input was split among them.
 */
export function replayDeflateInput(handle: ZlibHandle, chunks: readonly Uint8Array[]): number {
  const ctx = contextOf(handle);
  if (!ctx.initDone || !isDeflate(ctx.mode) || ctx.writing) fail('replay on a busy or finished handle');
  const strm = ctx.strm;
  const scratch = new Uint8Array(64 * 1024);
  let total = 0;
  for (const chunk of chunks) {
    strm.input = chunk;
    strm.next_in = 0;
    strm.avail_in = chunk.length;
    do {
      strm.output = scratch;
      strm.next_out = 0;
      strm.avail_out = scratch.length;
      ctx.err = deflate123(strm, flushes.Z_NO_FLUSH);
      total += scratch.length - strm.avail_out;
    } while (strm.avail_out === 0 && ctx.err === Z_OK);
    if (ctx.err !== Z_OK && ctx.err !== Z_BUF_ERROR) break;
  }
  release(ctx);
  return total;
}
