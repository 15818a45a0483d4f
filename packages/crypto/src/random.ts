// Entropy. In order of preference: @n10/binding's randomFill (OpenSSL's RAND_bytes: the n10
// runtime, where the host's globals are gone), else the engine's crypto.getRandomValues,
// captured at import (a browser, or node with this package used directly; tried first when
// N10_CRYPTO_PORTABLE forces the portable engines). With neither, randomBytes throws: n10
// never substitutes a weak generator. randomBytes with a callback fills on libuv's thread
// pool through the binding, as 0.10 did, else from the immediate queue.
import { timers } from './defer';
import { slowBuffer } from './encodings';
import type { Bytes } from './encodings';
import { nativeRandomFill, portableEnginesForced } from './provider';
import { fromCallerOf } from './throw-sites';

type Fill = (buffer: Uint8Array) => void;

interface EngineCrypto {
  getRandomValues?(array: Uint8Array): Uint8Array;
}

// getRandomValues fills at most 65536 bytes a call (Web Crypto's limit).
const engineFill: Fill | null = (() => {
  const c = (globalThis as { crypto?: EngineCrypto }).crypto;
  if (!c || typeof c.getRandomValues !== 'function') return null;
  const get = c.getRandomValues.bind(c);
  return (buffer: Uint8Array) => {
    for (let i = 0; i < buffer.length; i += 65536) get(buffer.subarray(i, Math.min(buffer.length, i + 65536)));
  };
})();

/** The binding's randomFill, unless the engine's source comes first (portable engines forced). */
function nativeSource(): ReturnType<typeof nativeRandomFill> {
  return engineFill && portableEnginesForced() ? null : nativeRandomFill();
}

/** The first source there is: the binding's, then the engine's. */
function source(): Fill | null {
  return nativeSource() || engineFill;
}

/** Fills `buffer` with cryptographically strong random bytes, or throws when there is no source. */
export function randomFill(buffer: Uint8Array): void {
  if (buffer.length === 0) return;
  const fill = source();
  if (fill) {
    fill(buffer);
    return;
  }
  throw new Error(
    'crypto: no source of random bytes (neither @n10/binding randomFill nor crypto.getRandomValues is available)',
  );
}

/** `n` random bytes in a new array. */
export function randomBytesOf(n: number): Uint8Array {
  const out = new Uint8Array(n);
  randomFill(out);
  return out;
}

export type RandomBytesCallback = (error: Error | null, buffer?: Bytes) => void;

// 0.10's checks: a non-negative integer number, at most Buffer's kMaxLength.
function checkSize(size: unknown): number {
  // -0 too: 0.10 asked V8 whether the value was a uint32.
  if (typeof size !== 'number' || !(size >= 0) || size % 1 !== 0 || size === Infinity || Object.is(size, -0)) {
    throw new TypeError('Argument #1 must be number > 0');
  }
  if (size > 0x3fffffff) throw new TypeError('size > Buffer::kMaxLength');
  return size;
}

// The function the program called, when randomBytes was called through another (pseudoRandomBytes).
let sizeCaller: Function | null = null;

function fresh(size: number): Bytes {
  const out = slowBuffer(size);
  randomFill(out);
  return out;
}

/** What randomBytes returns with a callback: 0.10's request object. */
export interface RandomBytesRequest {
  ondone: RandomBytesCallback;
}

/**
 * crypto.randomBytes(size, [callback]): a Buffer of strong random bytes; with a callback,
 * callback(null, buffer) later, called on 0.10's request object (which is returned). Always
 * a Buffer: crypto.DEFAULT_ENCODING does not apply.
 */
export const randomBytes = function (size: number, callback?: RandomBytesCallback): Bytes | RandomBytesRequest {
  let n: number;
  try {
    n = checkSize(size);
  } catch (e) {
    // 0.10 exported its C++ function: the stack starts in the program (see pseudoRandomBytes).
    throw fromCallerOf(e as Error, sizeCaller || randomBytes);
  }
  if (typeof callback !== 'function') return fresh(n);
  const request = { ondone: callback };
  const fill = nativeSource();
  if (fill) {
    // 0.10 filled on the thread pool and called back from the loop: so does the binding
    const buf = slowBuffer(n);
    fill(buf, 0, n, {
      oncomplete(error) {
        if (error) callback.call(request, error);
        else callback.call(request, null, buf);
      },
    });
    return request;
  }
  timers.setImmediate(() => {
    let buf: Bytes;
    try {
      buf = fresh(n);
    } catch (e) {
      callback.call(request, e as Error);
      return;
    }
    callback.call(request, null, buf);
  });
  return request;
} as {
  (size: number): Bytes;
  (size: number, callback: RandomBytesCallback): RandomBytesRequest;
};
// 0.10's randomBytes was a C++ function: no declared parameters.
Object.defineProperty(randomBytes, 'length', { value: 0 });

/** crypto.pseudoRandomBytes: 0.10 drew these from the same generator; so does n10. */
export const pseudoRandomBytes = function (size: number, callback?: RandomBytesCallback): Bytes | RandomBytesRequest {
  sizeCaller = pseudoRandomBytes;
  try {
    return (randomBytes as (size: number, callback?: RandomBytesCallback) => Bytes | RandomBytesRequest)(size, callback);
  } finally {
    sizeCaller = null;
  }
} as typeof randomBytes;
Object.defineProperty(pseudoRandomBytes, 'length', { value: 0 });
