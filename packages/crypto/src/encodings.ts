// How 0.10's crypto reads and writes strings, in one place. Two layers did it in 0.10, and
// they differ, so both are kept:
//
// - the C++ bindings (hash/hmac/cipher update and digest) parsed an encoding name in any
//   case; an unknown name meant 'binary' for input and a Buffer for output, and hex input of
//   odd length threw 'Bad input string';
// - the JavaScript layer (DH, sign, verify, keys and passwords) called Buffer methods, so an
//   unknown name threw Buffer's 'Unknown encoding: x', and 'buffer' meant 'binary' for
//   strings.
//
// Buffers produced here are SlowBuffers, as 0.10's bindings made them (util.inspect shows
// <SlowBuffer ...>).
import bufferModule from '@n10/buffer';
import type { BufferInstance } from '@n10/buffer';
import { adoptBuffer } from '@n10/buffer/internal';
import { defaultEncoding } from './module-object';
import { fromCallerOf } from './throw-sites';

const { Buffer, SlowBuffer } = bufferModule;

export type Bytes = BufferInstance;

/** A binding-style encoding: a Buffer codec name, or 'buffer' (none). */
type Parsed = 'utf8' | 'ascii' | 'base64' | 'ucs2' | 'binary' | 'hex' | 'buffer';

/** 0.10's C++ ParseEncoding: any case, 'raw'/'raws' as binary, anything else `fallback`. */
export function parseEncoding(encoding: unknown, fallback: Parsed): Parsed {
  if (typeof encoding !== 'string') return fallback;
  switch (encoding.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ascii':
      return 'ascii';
    case 'base64':
      return 'base64';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'ucs2';
    case 'binary':
    case 'raw':
    case 'raws':
      return 'binary';
    case 'buffer':
      return 'buffer';
    case 'hex':
      return 'hex';
    default:
      return fallback;
  }
}

/** True for a Buffer (n10's, or any Uint8Array: the binding hands out plain ones). */
export function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/** The bytes of a string as a binding decodes it; throws 0.10's TypeError for odd-length hex. */
function decodeString(data: string, encoding: Parsed): Uint8Array {
  if (encoding === 'hex' && data.length % 2 !== 0) throw new TypeError('Bad input string');
  return new Buffer(data, encoding === 'buffer' ? 'binary' : encoding);
}

/**
 * A binding's data argument: a Buffer as it is, a string in `encoding` ('binary' when that is
 * missing, 'buffer' or unknown). Anything else: 'Not a string or buffer'.
 */
export function inputBytes(data: unknown, encoding: unknown): Uint8Array {
  if (typeof data === 'string') return decodeString(data, parseEncoding(encoding, 'binary'));
  // A foreign Buffer (a current Node's own, npm `buffer`'s) is read through an n10 view of it.
  if (isBytes(data)) return adoptBuffer(data) ?? data;
  throw fromCallerOf(new TypeError('Not a string or buffer'), inputBytes);
}

// Results are SlowBuffers, as 0.10's bindings made them. `new SlowBuffer(n)` gives each its own
// ArrayBuffer and registers it as a parent (about 2 µs); instead results are instances of a
// Uint8Array subclass whose prototype inherits SlowBuffer's (so inspect shows <SlowBuffer …>,
// and instanceof, constructor and Buffer methods hold), small ones carved from a shared 8 KiB
// slab as 0.10 pooled small buffers (about 60 ns).
class PooledSlowBuffer extends Uint8Array {}
Object.setPrototypeOf(PooledSlowBuffer.prototype, SlowBuffer.prototype);
Object.defineProperty(PooledSlowBuffer.prototype, 'constructor', { value: SlowBuffer, writable: true, configurable: true });

const SLAB_SIZE = 8192;
const SLAB_MAX = 1024;
let slab = new ArrayBuffer(SLAB_SIZE);
// The slab's bytes through a plain Uint8Array: stores into a new instance of the subclass run
// through a generic store (about 100 ns a byte on node 20), stores through this view do not.
let slabBytes = new Uint8Array(slab);
let slabUsed = 0;

/** A new zero-filled SlowBuffer of `size` bytes. */
export function slowBuffer(size: number): Bytes {
  if (size > SLAB_MAX) return new PooledSlowBuffer(size) as unknown as Bytes;
  if (slabUsed + size > SLAB_SIZE) newSlab();
  const out = new PooledSlowBuffer(slab, slabUsed, size) as unknown as Bytes;
  slabUsed += (size + 7) & ~7;
  return out;
}

function newSlab(): void {
  slab = new ArrayBuffer(SLAB_SIZE);
  slabBytes = new Uint8Array(slab);
  slabUsed = 0;
}

/** A fresh SlowBuffer holding `bytes[start, end)`. */
export function slowCopy(bytes: Uint8Array, start = 0, end = bytes.length): Bytes {
  const n = end - start;
  if (n > SLAB_MAX) {
    const big = new PooledSlowBuffer(n) as unknown as Bytes;
    big.set(bytes.subarray(start, end));
    return big;
  }
  if (slabUsed + n > SLAB_SIZE) newSlab();
  const at = slabUsed;
  const to = slabBytes;
  // small copies (digests) by hand: cheaper than creating a subarray view for set()
  if (n <= 64) for (let i = 0; i < n; i++) to[at + i] = bytes[start + i];
  else to.set(bytes.subarray(start, end), at);
  slabUsed += (n + 7) & ~7;
  return new PooledSlowBuffer(slab, at, n) as unknown as Bytes;
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));

/** `bytes[start, end)` in hex, as Buffer's toString('hex') gives it. */
export function hexOf(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += HEX[bytes[i]];
  return s;
}

/**
 * A binding's result made from `bytes[start, end)` (a digest in a scratch array): straight to
 * hex when that is the encoding (no Buffer made), else bindingOutput of a SlowBuffer copy.
 */
export function bindingResult(bytes: Uint8Array, start: number, end: number, encoding: unknown): Bytes | string {
  if (encoding === 'hex') return hexOf(bytes, start, end);
  return bindingOutput(slowCopy(bytes, start, end), encoding);
}

/** `bytes` itself (a fresh array nobody else holds, such as the binding's results) as a SlowBuffer, without a copy. */
export function slowWrap(bytes: Uint8Array): Bytes {
  return new PooledSlowBuffer(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length) as unknown as Bytes;
}

/**
 * A binding's result: a string in `encoding` when that names a string encoding in any case,
 * else the SlowBuffer itself (none, 'buffer', unknown names).
 */
export function bindingOutput(out: Bytes, encoding: unknown): Bytes | string {
  const parsed = parseEncoding(encoding, 'buffer');
  return parsed === 'buffer' ? out : out.toString(parsed);
}

/**
 * The JavaScript layer's result: `out.toString(encoding)` unless the encoding (or
 * crypto.DEFAULT_ENCODING) is 'buffer'. Unknown names throw Buffer's TypeError.
 */
export function jsOutput(out: Bytes, encoding: unknown): Bytes | string {
  const enc = encoding || defaultEncoding();
  if (!enc || enc === 'buffer') return out;
  return out.toString(enc as string);
}

/**
 * 0.10's toBuf: a string becomes a Buffer in `encoding` ('binary' when none or 'buffer');
 * anything else is returned as it is, for the caller to reject.
 */
export function toBuf(value: unknown, encoding?: unknown): unknown {
  if (typeof value !== 'string') return adoptBuffer(value) ?? value;
  const enc = !encoding || encoding === 'buffer' ? 'binary' : (encoding as string);
  return new Buffer(value, enc);
}

/** toBuf, then 'Not a buffer' unless the result is bytes. */
export function bufferArg(value: unknown, encoding?: unknown): Uint8Array {
  const b = toBuf(value, encoding);
  if (!isBytes(b)) throw fromCallerOf(new TypeError('Not a buffer'), bufferArg);
  return b;
}

/**
 * True when a binding decodes characters below 0x80 as themselves in `encoding`: utf8 and binary
 * (the default, and unknown names). Not 'ascii': 0.10's V8 wrote NUL as a space there.
 */
export function asciiSafe(encoding: unknown): boolean {
  if (encoding === 'utf8' || encoding === 'buffer' || encoding === 'binary') return true;
  const p = parseEncoding(encoding, 'binary');
  return p === 'utf8' || p === 'binary' || p === 'buffer';
}
