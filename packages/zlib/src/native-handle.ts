// The native handle: 0.10's handle vocabulary (handle.ts) over @n10/binding's Zlib, the host
// node's own zlib.
//
// Used for decompression only (handle.ts decides): inflating is deterministic, so the host's
// zlib gives 0.10's output, several times faster than pako. Compression stays on pako, made to
// produce zlib 1.2.3's bytes (compat-123.ts); the host's zlib (Chromium's) compresses
// differently.
//
// Each write step runs with the binding's writeSync from an immediate, as the portable handle
// does: for the 16 KiB steps 0.10's loop makes, a thread-pool round trip costs more than the
// inflating (and the binding's asynchronous write stays busy until after its completion, from
// which 0.10's loop writes again). Where the binding's contract differs from 0.10's, this file
// translates: [availOut, availIn, code] becomes this.callback(availIn, availOut); zlib codes
// without a message become 0.10's texts; a raw inflate gets no dictionary and gunzip/unzip
// streams are not reset, as in 0.10; misuse throws the same Errors as the portable handle.
import { checkMode, checkWriteBuffers, fail, initNumbers } from './asserts';
import pakoInflate from 'pako/lib/zlib/inflate.js';
import type ZStream from 'pako/lib/zlib/zstream.js';
import { flushes, returnCodes } from './constants';
import { MISSING_EOB, inflate123 } from './inflate-123';
import { inflateWindowBits } from './pako-handle';
import { inflateStream, releaseInflate } from './state-pool';
import { defer } from './defer';
import type { ZlibHandle } from './handle';
import { Mode } from './modes';

/** What this file needs of @n10/binding's Zlib (see its types.ts). */
export interface BindingZlib {
  init(windowBits: number, level: number, memLevel: number, strategy: number, dictionary?: Uint8Array | null): void;
  writeSync(flush: number, input: Uint8Array | null, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): number[];
  reset(): number;
  close(): void;
}

export interface BindingZlibConstructor {
  new (mode: number): BindingZlib;
  prototype: BindingZlib;
}

interface State {
  mode: number;
  inner: BindingZlib;
  initDone: boolean;
  writing: boolean;
  closed: boolean;
  hasDictionary: boolean;
  /** init()'s windowBits and dictionary (for a change-over to pako). */
  windowBits: number;
  dictionary: Uint8Array | null;
  /** Copies of the input the binding took so far, while under REPLAY_LIMIT bytes; else null. */
  taken: Uint8Array[] | null;
  takenBytes: number;
  /** The output the binding gave so far. */
  given: number;
  /** After a change-over: the pako stream that goes on in the binding's place. */
  pako: ZStream | null;
}

// Newer zlibs refuse a dynamic block whose literal/length code has no end-of-block symbol
// before 1.2.3 (0.10's) did, with another message, and where 1.2.3 went on decoding
// (inflate-123.ts). When the binding's zlib answers so, the stream changes over to pako: the
// input taken so far is inflated again there (its output, the binding's, dropped), then this
// write and the next ones run on pako with 1.2.3's answer. Only for streams that failed within
// their first REPLAY_LIMIT bytes of input (the copies kept until then); later, the binding's
// message stands.
const REPLAY_LIMIT = 256 * 1024;

const states = new WeakMap<object, State>();

function stateOf(handle: object): State {
  const s = states.get(handle);
  if (!s) throw new TypeError('Illegal invocation');
  return s;
}

// 0.10's texts for a failure zlib gave no message for (the binding sends the code's name).
function message0_10(message: string, errno: number, hasDictionary: boolean): string {
  if (!/^Z_[A-Z_]+$/.test(message)) return message;
  if (errno === returnCodes.Z_NEED_DICT) return hasDictionary ? 'Bad dictionary' : 'Missing dictionary';
  return 'Zlib error';
}

/** Keeps a copy of the input the binding took (while under the limit) and counts its output. */
function keepTaken(s: State, input: Uint8Array | null, start: number, taken: number, given: number): void {
  s.given += given;
  if (!s.taken || taken <= 0 || !input) return;
  s.takenBytes += taken;
  if (s.takenBytes > REPLAY_LIMIT) {
    s.taken = null;
    return;
  }
  // A copy (a Buffer's own slice would be a view): the caller may reuse its buffer.
  s.taken.push(new Uint8Array(input.subarray(start, start + taken)));
}

/** What a write step ended with: the room and input left and zlib's code, with 0.10's message on failure. */
interface Step {
  availOut: number;
  availIn: number;
  code: number;
  message?: string;
}

/** One inflate step on pako, as pako-handle.ts runs it. */
function pakoWrite(
  s: State,
  strm: ZStream,
  flush: number,
  input: Uint8Array | null,
  inOff: number,
  inLen: number,
  out: Uint8Array,
  outOff: number,
  outLen: number,
): Step {
  strm.input = input || EMPTY;
  strm.next_in = inOff;
  strm.avail_in = inLen;
  strm.output = out;
  strm.next_out = outOff;
  strm.avail_out = outLen;
  let err = inflate123(strm, flush);
  if (s.mode !== Mode.INFLATERAW && err === returnCodes.Z_NEED_DICT && s.dictionary) {
    err = pakoInflate.inflateSetDictionary(strm, s.dictionary);
    if (err === returnCodes.Z_OK) err = inflate123(strm, flush);
    else if (err === returnCodes.Z_DATA_ERROR) err = returnCodes.Z_NEED_DICT;
  }
  const result: Step = { availOut: strm.avail_out, availIn: strm.avail_in, code: err };
  strm.input = strm.output = null;
  if (err === returnCodes.Z_OK || err === returnCodes.Z_STREAM_END || err === returnCodes.Z_BUF_ERROR) return result;
  result.message =
    err === returnCodes.Z_NEED_DICT ? (s.hasDictionary ? 'Bad dictionary' : 'Missing dictionary') : strm.msg || 'Zlib error';
  return result;
}

/**
 * The change-over to pako: a pako stream that took the input the binding took and gave the
 * same output (dropped here), or null when that cannot be (the copies were given up, or pako
 * does not end up where the binding was).
 */
function changeOver(s: State): ZStream | null {
  const taken = s.taken;
  if (!taken) return null;
  s.taken = null;
  const made = inflateStream(inflateWindowBits(s.mode, s.windowBits));
  if (typeof made === 'number') return null;
  const strm = made;
  const scratch = new Uint8Array(16384);
  let given = 0;
  for (const chunk of taken) {
    strm.input = chunk;
    strm.next_in = 0;
    strm.avail_in = chunk.length;
    while (strm.avail_in > 0 && given < s.given) {
      const room = Math.min(scratch.length, s.given - given);
      strm.output = scratch;
      strm.next_out = 0;
      strm.avail_out = room;
      let err = inflate123(strm, flushes.Z_NO_FLUSH);
      if (s.mode !== Mode.INFLATERAW && err === returnCodes.Z_NEED_DICT && s.dictionary) {
        err = pakoInflate.inflateSetDictionary(strm, s.dictionary);
        if (err === returnCodes.Z_OK) err = inflate123(strm, flushes.Z_NO_FLUSH);
      }
      given += room - strm.avail_out;
      if (err !== returnCodes.Z_OK && err !== returnCodes.Z_BUF_ERROR) break;
      if (room - strm.avail_out === 0 && err === returnCodes.Z_BUF_ERROR) break;
    }
    if (strm.avail_in > 0) {
      // With the binding's output given, the rest of its input must go in without output.
      strm.output = scratch;
      strm.next_out = 0;
      strm.avail_out = 0;
      inflate123(strm, flushes.Z_NO_FLUSH);
    }
    if (strm.avail_in !== 0) break;
  }
  const ok = given === s.given && strm.avail_in === 0;
  strm.input = strm.output = null;
  if (!ok) {
    releaseInflate(strm, inflateWindowBits(s.mode, s.windowBits));
    return null;
  }
  s.pako = strm;
  return strm;
}

const EMPTY = new Uint8Array(0);

/**
 * A handle class over the binding's Zlib (inflate modes). Its instances are also instances of
 * `Base` (the class on the module as zlib.Zlib), whose methods it overrides.
 */
export function nativeHandleClass(
  Native: BindingZlibConstructor,
  Base?: { prototype: ZlibHandle },
): { new (mode: number): ZlibHandle; prototype: ZlibHandle } {
  function Zlib(this: ZlibHandle, mode: unknown): void {
    checkMode(mode, Zlib);
    const inner = new Native(mode);
    states.set(this, {
      mode,
      inner,
      initDone: false,
      writing: false,
      closed: false,
      hasDictionary: false,
      windowBits: 15,
      dictionary: null,
      taken: [],
      takenBytes: 0,
      given: 0,
      pako: null,
    });
  }
  Object.defineProperty(Zlib, 'length', { value: 0 });
  Object.defineProperty(Zlib, 'name', { value: 'Zlib' });
  if (Base) {
    Zlib.prototype = Object.create(Base.prototype, {
      constructor: { value: Zlib, enumerable: false, writable: true, configurable: true },
    });
  }
  const proto = Zlib.prototype as ZlibHandle;

  proto.init = function (this: ZlibHandle, windowBits: number, level: number, memLevel: number, strategy: number, dictionary?: unknown): void {
    const s = stateOf(this);
    const [wb, lvl, mem, strat] = initNumbers(windowBits, level, memLevel, strategy);
    // 0.10 never gave a raw inflate its dictionary.
    const dict = dictionary instanceof Uint8Array && s.mode !== Mode.INFLATERAW ? dictionary : null;
    s.hasDictionary = dict !== null && dict.length > 0;
    s.windowBits = wb;
    s.dictionary = s.hasDictionary ? dict : null;
    s.inner.init(wb, lvl, mem, strat, dict);
    s.initDone = true;
  };

  proto.write = function (
    this: ZlibHandle,
    flush: number,
    input: Uint8Array | null | undefined,
    inOff: number,
    inLen: number,
    out: Uint8Array,
    outOff: number,
    outLen: number,
  ): ZlibHandle {
    const s = stateOf(this);
    if (!s.initDone) fail('write before init');
    if (s.closed) fail('already finalized');
    if (s.writing) fail('write already in progress');
    const inBytes = input === undefined ? null : input;
    checkWriteBuffers(inBytes, inOff, inLen, out, outOff, outLen);
    const handle = this;
    const i0 = inOff >>> 0;
    const i1 = inLen >>> 0;
    const o0 = outOff >>> 0;
    const o1 = outLen >>> 0;
    const f = flush >>> 0;
    s.writing = true;
    defer(function () {
      let result: Step;
      if (s.pako) {
        result = pakoWrite(s, s.pako, f, inBytes, i0, i1, out, o0, o1);
      } else {
        try {
          const r = s.inner.writeSync(f, inBytes, i0, i1, out, o0, o1);
          result = { availOut: r[0], availIn: r[1], code: r[2] };
          keepTaken(s, inBytes, i0, i1 - result.availIn, o1 - result.availOut);
        } catch (e) {
          const err = e as { message?: string; errno?: unknown };
          if (typeof err.errno !== 'number') {
            s.writing = false;
            throw e;
          }
          const strm = err.message === MISSING_EOB ? changeOver(s) : null;
          if (strm) {
            result = pakoWrite(s, strm, f, inBytes, i0, i1, out, o0, o1);
          } else {
            result = { availOut: 0, availIn: 0, code: err.errno, message: message0_10(String(err.message), err.errno, s.hasDictionary) };
          }
        }
      }
      s.writing = false;
      if (result.message !== undefined) {
        const onerror = handle.onerror;
        if (typeof onerror !== 'function') fail('Invalid error handler');
        onerror.call(handle, result.message, result.code);
        return;
      }
      const callback = handle.callback;
      if (typeof callback !== 'function') fail('Invalid callback');
      callback.call(handle, result.availIn, result.availOut);
    });
    return this;
  };

  proto.reset = function (this: ZlibHandle): void {
    const s = stateOf(this);
    // 0.10 reset deflate and inflate streams only.
    if (s.closed || !s.initDone || (s.mode !== Mode.INFLATE && s.mode !== Mode.INFLATERAW)) return;
    if (s.pako) {
      releaseInflate(s.pako, inflateWindowBits(s.mode, s.windowBits));
      s.pako = null;
    }
    s.inner.reset();
    s.taken = [];
    s.takenBytes = 0;
    s.given = 0;
  };

  proto.close = function (this: ZlibHandle): void {
    const s = stateOf(this);
    if (s.writing) fail('write in progress');
    if (!s.initDone) fail('close before init');
    if (s.closed) return;
    s.closed = true;
    s.taken = null;
    if (s.pako) {
      releaseInflate(s.pako, inflateWindowBits(s.mode, s.windowBits));
      s.pako = null;
    }
    s.inner.close();
  };

  for (const key of ['write', 'init', 'close', 'reset'] as const) {
    const fn = proto[key];
    delete (proto as unknown as Record<string, unknown>)[key];
    Object.defineProperty(proto, key, { value: fn, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(fn, 'name', { value: key });
  }
  return Zlib as unknown as { new (mode: number): ZlibHandle; prototype: ZlibHandle };
}

// A zlib stream of 'hello' (and its bytes), to check the binding's contract before use.
const PROBE = [0x78, 0x9c, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00, 0x06, 0x2c, 0x02, 0x15];
const HELLO = [0x68, 0x65, 0x6c, 0x6c, 0x6f];

/**
 * Whether `Native` is the binding Zlib this file was written for: the methods are there, and
 * inflating a known stream with writeSync answers [availOut, availIn, Z_STREAM_END] with the
 * right bytes. Anything else (an older or newer contract) is not used.
 */
export function isUsableBindingZlib(Native: unknown): Native is BindingZlibConstructor {
  if (typeof Native !== 'function') return false;
  const proto = (Native as BindingZlibConstructor).prototype as unknown as Record<string, unknown>;
  if (!proto || !['init', 'writeSync', 'reset', 'close'].every((k) => typeof proto[k] === 'function')) return false;
  try {
    const z = new (Native as BindingZlibConstructor)(Mode.INFLATE);
    z.init(15, -1, 8, 0, null);
    const out = new Uint8Array(16);
    const r = z.writeSync(returnCodes.Z_OK, new Uint8Array(PROBE), 0, PROBE.length, out, 0, out.length);
    z.close();
    return (
      Array.isArray(r) &&
      r[0] === out.length - HELLO.length &&
      r[1] === 0 &&
      r[2] === returnCodes.Z_STREAM_END &&
      HELLO.every((b, i) => out[i] === b)
    );
  } catch {
    return false;
  }
}
