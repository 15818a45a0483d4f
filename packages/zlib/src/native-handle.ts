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
import { returnCodes } from './constants';
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
}

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

/**
 * A handle class over the binding's Zlib (inflate modes). Its instances are also instances of
 * `Base` (the class on the module as zlib.Zlib), whose methods it overrides.
 */
export function nativeHandleClass(
  Native: BindingZlibConstructor,
  Base?: { prototype: ZlibHandle },
): { new (mode: number): ZlibHandle; prototype: ZlibHandle } {
  function Zlib(this: ZlibHandle, mode: unknown): void {
    checkMode(mode);
    const inner = new Native(mode);
    states.set(this, { mode, inner, initDone: false, writing: false, closed: false, hasDictionary: false });
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
      let result: number[];
      try {
        result = s.inner.writeSync(f, inBytes, i0, i1, out, o0, o1);
      } catch (e) {
        s.writing = false;
        const err = e as { message?: string; errno?: unknown };
        if (typeof err.errno !== 'number') throw e;
        const onerror = handle.onerror;
        if (typeof onerror !== 'function') fail('Invalid error handler');
        onerror.call(handle, message0_10(String(err.message), err.errno, s.hasDictionary), err.errno);
        return;
      }
      s.writing = false;
      const callback = handle.callback;
      if (typeof callback !== 'function') fail('Invalid callback');
      callback.call(handle, result[1], result[0]);
    });
    return this;
  };

  proto.reset = function (this: ZlibHandle): void {
    const s = stateOf(this);
    // 0.10 reset deflate and inflate streams only.
    if (s.closed || !s.initDone || (s.mode !== Mode.INFLATE && s.mode !== Mode.INFLATERAW)) return;
    s.inner.reset();
  };

  proto.close = function (this: ZlibHandle): void {
    const s = stateOf(this);
    if (s.writing) fail('write in progress');
    if (!s.initDone) fail('close before init');
    if (s.closed) return;
    s.closed = true;
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
