// The native deflate handle: compression on the system's own zlib (the binding's Zlib opened
// with 'system': an unpatched zlib, not the host node's Chromium copy), where that gives the
// bytes of zlib 1.2.3 (0.10's), and the portable handle (pako with compat-123.ts) everywhere
// else. Measured against the oracle, an unpatched zlib (1.2.13) deflates to exactly 1.2.3's
// bytes for levels 1 to 9, the default, filtered and fixed strategies, windowBits 9 to 15,
// every memLevel, when no dictionary is set and no write asks for a partial, sync or full
// flush. It differs at level 0 (its stored blocks), with Z_RLE and Z_HUFFMAN_ONLY (where it
// ends blocks elsewhere), windowBits 8, a dictionary, and from the first
// marked flush on (1.2.3's empty block before the flush marker; newer zlibs hash the strings
// across a flush point and restart the window after a full flush).
//
// The same bytes are not written out at the same moments (a newer zlib writes out every whole
// byte of its bit buffer; 1.2.3 wrote 16 bits at a time): steps-123.ts makes each write step
// hand out what 1.2.3's did, so 'data' events split as in 0.10.
//
// So init() picks: native for the options above, the portable handle otherwise. A native
// stream keeps a copy of the input it has compressed; a write with any flush other than
// Z_NO_FLUSH and Z_FINISH then moves the stream to a portable handle, which is given the same
// input again (without flush, which leaves a compressor in the same state however the input
// was split) before it runs that write: the bytes are 1.2.3's still. Once the copy passes
// HISTORY_LIMIT bytes it is dropped and the stream stays on the system's zlib to its end (a
// long stream at native speed, with 1.2.3's bytes while it is not flushed); a partial, sync or
// full flush after that runs on the system's zlib too (Steps123.flushStep): 1.2.3's bytes up
// to the last block before the flush marker, other bytes from there on (measured against the
// oracle: the block end before the marker, 1.2.3's empty block there when its output space
// ran out, and, after the flush, the strings newer zlibs hash across the flush point and
// their restarted window after a full flush), the same data.
//
// Each step runs with writeSync from an immediate, as the other handles do (one compressor
// step of a 16 KiB output slab is about 50 KiB of input).
import { checkMode, checkWriteBuffers, fail, initNumbers } from './asserts';
import { flushes, returnCodes } from './constants';
import { defer } from './defer';
import type { ZlibHandle } from './handle';
import { Mode } from './modes';
import { PortableZlib, replayDeflateInput } from './pako-handle';
import { Steps123 } from './steps-123';
import type { PendingZlib } from './steps-123';

/** What this file needs of @n10/binding's Zlib: new Zlib(mode, 'system'), with pending(). */
export interface SystemZlibConstructor {
  new (mode: number, library: 'system'): PendingZlib;
  prototype: PendingZlib;
}

/** Input kept per native stream for a move to the portable handle at a flush (bytes). */
let HISTORY_LIMIT = 1024 * 1024;

/** For tests: the input a native stream keeps for a move to the portable handle. */
export function setHistoryLimit(bytes: number): void {
  HISTORY_LIMIT = bytes;
}

interface InitArgs {
  windowBits: number;
  level: number;
  memLevel: number;
  strategy: number;
  dictionary: unknown;
  count: number;
}

interface State {
  mode: number;
  native: PendingZlib | null;
  steps: Steps123 | null;
  portable: ZlibHandle | null;
  init: InitArgs | null;
  initDone: boolean;
  writing: boolean;
  closed: boolean;
  /** Copies of the input compressed so far; null once dropped (past HISTORY_LIMIT, or finished). */
  history: Uint8Array[] | null;
  historyBytes: number;
}

const states = new WeakMap<object, State>();

function stateOf(handle: object): State {
  const s = states.get(handle);
  if (!s) throw new TypeError('Illegal invocation');
  return s;
}

function isDeflateMode(mode: number): boolean {
  return mode === Mode.DEFLATE || mode === Mode.GZIP || mode === Mode.DEFLATERAW;
}

/** Whether the system's zlib deflates these options as 1.2.3 did (see above). */
function nativeOptions(wb: number, level: number, strategy: number, dictionary: unknown): boolean {
  return (
    wb >= 9 &&
    level !== 0 &&
    strategy !== 2 /* Z_HUFFMAN_ONLY: newer zlibs code all the input, 1.2.3 kept 262 bytes back */ &&
    strategy !== 3 /* Z_RLE */ &&
    !(dictionary instanceof Uint8Array && dictionary.length > 0)
  );
}

/**
 * A handle class over the system's zlib for the deflate modes (and the portable handle for
 * the rest). Its instances are also instances of `Base` (zlib.Zlib).
 */
export function nativeDeflateClass(
  Native: SystemZlibConstructor,
  Base: { prototype: ZlibHandle },
): { new (mode: number): ZlibHandle; prototype: ZlibHandle } {
  function Zlib(this: ZlibHandle, mode: unknown): void {
    checkMode(mode, Zlib);
    states.set(this, {
      mode,
      native: null,
      steps: null,
      portable: null,
      init: null,
      initDone: false,
      writing: false,
      closed: false,
      history: [],
      historyBytes: 0,
    });
  }
  Object.defineProperty(Zlib, 'length', { value: 0 });
  Object.defineProperty(Zlib, 'name', { value: 'Zlib' });
  Zlib.prototype = Object.create(Base.prototype, {
    constructor: { value: Zlib, enumerable: false, writable: true, configurable: true },
  });
  const proto = Zlib.prototype as ZlibHandle;

  // The portable handle, answering through this one (its callback and onerror are this one's).
  function portableFor(handle: ZlibHandle, s: State): ZlibHandle {
    const p = new PortableZlib(s.mode);
    p.callback = function (availIn: number, availOut: number): void {
      const callback = handle.callback;
      if (typeof callback !== 'function') fail('Invalid callback');
      callback.call(handle, availIn, availOut);
    };
    p.onerror = function (message: string, errno: number): void {
      const onerror = handle.onerror;
      if (typeof onerror !== 'function') fail('Invalid error handler');
      onerror.call(handle, message, errno);
    };
    return p;
  }

  proto.init = function (this: ZlibHandle, windowBits: number, level: number, memLevel: number, strategy: number, dictionary?: unknown): void {
    const s = stateOf(this);
    if (s.native || s.portable) {
      // init() again: on the portable handle, which starts over as 0.10's did.
      if (s.native) {
        s.native.close();
        s.native = null;
      }
      s.history = null;
    }
    const count = arguments.length;
    if (count === 4 || count === 5) {
      const [wb, lvl, mem, strat] = initNumbers(windowBits, level, memLevel, strategy);
      if (!s.portable && !s.initDone && isDeflateMode(s.mode) && nativeOptions(wb, lvl, strat, dictionary)) {
        const native = new Native(s.mode, 'system');
        native.init(wb, lvl, mem, strat, null);
        s.native = native;
        s.steps = new Steps123(native, s.mode === Mode.GZIP ? 10 : s.mode === Mode.DEFLATE ? 2 : 0);
        s.init = { windowBits, level, memLevel, strategy, dictionary, count };
        s.initDone = true;
        return;
      }
    }
    // Anything else, and every check and error, is the portable handle's.
    const p = s.portable || portableFor(this, s);
    s.portable = p;
    s.history = null;
    if (count === 5) p.init(windowBits, level, memLevel, strategy, dictionary);
    else (p.init as (...args: unknown[]) => void).apply(p, Array.prototype.slice.call(arguments));
    s.initDone = true;
  };

  // From the system's zlib to the portable handle, given the same input again.
  function moveToPortable(handle: ZlibHandle, s: State): ZlibHandle {
    const init = s.init as InitArgs;
    const p = portableFor(handle, s);
    p.init(init.windowBits, init.level, init.memLevel, init.strategy, init.dictionary);
    replayDeflateInput(p, s.history as Uint8Array[]);
    (s.native as PendingZlib).close();
    s.native = null;
    s.steps = null;
    s.portable = p;
    s.history = null;
    return p;
  }

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
    let p = s.portable;
    const f = flush >>> 0;
    if (
      !p &&
      s.native &&
      s.history &&
      !s.writing &&
      arguments.length === 7 &&
      f !== flushes.Z_NO_FLUSH &&
      f !== flushes.Z_FINISH &&
      (s.steps as Steps123).idle()
    ) {
      p = moveToPortable(this, s);
    }
    if (p || !s.native) {
      if (!p) {
        // Before init(): the portable handle's message.
        p = portableFor(this, s);
        s.portable = p;
      }
      (p.write as (...args: unknown[]) => unknown).apply(p, Array.prototype.slice.call(arguments));
      return this;
    }
    if (arguments.length !== 7) fail('write(flush, in, in_off, in_len, out, out_off, out_len)');
    if (s.closed) fail('already finalized');
    if (s.writing) fail('write already in progress');
    const inBytes = input === undefined ? null : input;
    checkWriteBuffers(inBytes, inOff, inLen, out, outOff, outLen);
    const steps = s.steps as Steps123;
    const handle = this;
    const i0 = inOff >>> 0;
    const i1 = inLen >>> 0;
    const o0 = outOff >>> 0;
    const o1 = outLen >>> 0;
    s.writing = true;
    defer(function () {
      let result: number[];
      try {
        result =
          f === flushes.Z_NO_FLUSH || f === flushes.Z_FINISH || s.history
            ? steps.step(f, inBytes, i0, i1, out, o0, o1, function (bytes, offset, length) {
                keep(s, bytes, offset, length);
              })
            : steps.flushStep(f, inBytes, i0, i1, out, o0, o1, function () {});
      } catch (e) {
        s.writing = false;
        const err = e as { errno?: unknown };
        if (typeof err.errno !== 'number') throw e;
        const onerror = handle.onerror;
        if (typeof onerror !== 'function') fail('Invalid error handler');
        onerror.call(handle, 'Zlib error', err.errno);
        return;
      }
      s.writing = false;
      // Finished: nothing more to flush, the copy is not needed.
      if (f === flushes.Z_FINISH) s.history = null;
      const callback = handle.callback;
      if (typeof callback !== 'function') fail('Invalid callback');
      callback.call(handle, result[1], result[0]);
    });
    return this;
  };

  proto.reset = function (this: ZlibHandle): void {
    const s = stateOf(this);
    if (!s.native) {
      if (s.portable) s.portable.reset();
      return;
    }
    if (s.closed || (s.mode !== Mode.DEFLATE && s.mode !== Mode.DEFLATERAW)) return;
    s.native.reset();
    (s.steps as Steps123).restart();
    s.history = [];
    s.historyBytes = 0;
  };

  proto.close = function (this: ZlibHandle): void {
    const s = stateOf(this);
    if (!s.native) {
      if (s.portable) {
        s.portable.close();
        return;
      }
      fail('close before init');
    }
    if (s.writing) fail('write in progress');
    if (s.closed) return;
    s.closed = true;
    s.history = null;
    s.native.close();
  };

  for (const key of ['write', 'init', 'close', 'reset'] as const) {
    const fn = proto[key];
    delete (proto as unknown as Record<string, unknown>)[key];
    Object.defineProperty(proto, key, { value: fn, enumerable: true, writable: true, configurable: true });
    Object.defineProperty(fn, 'length', { value: 0 });
    Object.defineProperty(fn, 'name', { value: key });
  }
  return Zlib as unknown as { new (mode: number): ZlibHandle; prototype: ZlibHandle };
}

// A copy of the input the compressor took, while the stream may still move to the portable
// handle (at a flush); dropped past HISTORY_LIMIT bytes.
function keep(s: State, input: Uint8Array, offset: number, length: number): void {
  const history = s.history;
  if (!history || length <= 0) return;
  s.historyBytes += length;
  if (s.historyBytes > HISTORY_LIMIT) {
    // Too long to keep: the stream stays on the system's zlib (see above).
    s.history = null;
    return;
  }
  history.push(Uint8Array.prototype.slice.call(input, offset, offset + length));
}

// 0.10.19 (zlib 1.2.3) gzip of the probe text at the default level: length and FNV-1a hash.
const PROBE_LENGTH = 781;
const PROBE_HASH = 4100837438;

/** The probe text: 4000 bytes of words, the same on every run. */
export function probeText(): Uint8Array {
  const words = ['the ', 'zlib ', 'deflate ', 'window ', 'of ', 'a ', 'node ', '0.10 ', '\n', 'stream '];
  const b = new Uint8Array(4000);
  let x = 2463534242;
  for (let i = 0; i < b.length; ) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    const w = words[x % words.length] as string;
    for (let k = 0; k < w.length && i < b.length; k++) b[i++] = w.charCodeAt(k);
  }
  return b;
}

/** FNV-1a over bytes. */
export function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Whether new Native(mode, 'system') is there and deflates as 1.2.3 did: the probe text,
 * gzipped at the default level, gives 0.10's bytes.
 */
export function isUsableSystemZlib(Native: unknown): Native is SystemZlibConstructor {
  if (typeof Native !== 'function') return false;
  const proto = (Native as SystemZlibConstructor).prototype as unknown as Record<string, unknown>;
  if (!proto || typeof proto.pending !== 'function') return false;
  try {
    const z = new (Native as SystemZlibConstructor)(Mode.GZIP, 'system');
    z.init(15, -1, 8, 0, null);
    const p = z.pending();
    if (!Array.isArray(p) || p[0] !== 0 || p[1] !== 0) return false;
    const text = probeText();
    const out = new Uint8Array(8192);
    const r = z.writeSync(flushes.Z_FINISH, text, 0, text.length, out, 0, out.length);
    z.close();
    if (!Array.isArray(r) || r[1] !== 0 || r[2] !== returnCodes.Z_STREAM_END) return false;
    const bytes = out.subarray(0, out.length - (r[0] as number));
    return bytes.length === PROBE_LENGTH && fnv1a(bytes) === PROBE_HASH && probeSteps(Native as SystemZlibConstructor, text);
  } catch {
    return false;
  }
}

// 0.10's 'data' events for the probe text written to createGzip({ memLevel: 1, chunkSize: 128 })
// in writes of 500 bytes, then end() (the last write, waiting then, is a Z_FINISH step, and
// the end one more): small blocks, so many block ends to step through.
const PROBE_DATA = '10,118,68,60,128,38,90,128,128,48';

// Whether steps-123.ts over this zlib gives 0.10's steps: the stream's loop (zlib-stream.ts)
// run over it for the probe.
function probeSteps(Native: SystemZlibConstructor, text: Uint8Array): boolean {
  const z = new Native(Mode.GZIP, 'system');
  z.init(15, -1, 1, 0, null);
  const steps = new Steps123(z, 10);
  const chunkSize = 128;
  let out = new Uint8Array(chunkSize);
  let offset = 0;
  const sizes: number[] = [];
  const writes: [number, Uint8Array][] = [];
  for (let p = 0; p < text.length; p += 500) {
    writes.push([p + 500 < text.length ? flushes.Z_NO_FLUSH : flushes.Z_FINISH, text.subarray(p, p + 500)]);
  }
  writes.push([flushes.Z_FINISH, new Uint8Array(0)]);
  for (const [flush, chunk] of writes) {
    let inOff = 0;
    let availInBefore = chunk.length;
    let availOutBefore = chunkSize - offset;
    for (;;) {
      const [availOut, availIn] = steps.step(flush, chunk, inOff, availInBefore, out, offset, availOutBefore, () => {});
      const have = availOutBefore - availOut;
      if (have > 0) sizes.push(have);
      offset += have;
      if (availOut === 0 || offset >= chunkSize) {
        availOutBefore = chunkSize;
        offset = 0;
        out = new Uint8Array(chunkSize);
      }
      if (availOut !== 0) break;
      inOff += availInBefore - availIn;
      availInBefore = availIn;
    }
  }
  z.close();
  return sizes.join(',') === PROBE_DATA;
}
