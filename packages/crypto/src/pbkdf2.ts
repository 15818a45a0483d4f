// PBKDF2 (RFC 2898 section 5.2) with HMAC-SHA1, the only PRF 0.10 offered, and 0.10's
// argument checks. The keyed inner and outer states are computed once and cloned for each
// block of each iteration, so an iteration costs two compressions.
import { timers } from './defer';
import { bufferArg, slowBuffer, slowWrap } from './encodings';
import type { Bytes } from './encodings';
import { HmacDigest } from './hmac';
import { defaultEncoding } from './module-object';
import { nativePbkdf2, nativePbkdf2Async } from './provider';
import { fromCallerOf, sited } from './throw-sites';

/** PBKDF2 with HMAC over any digest (0.10's pbkdf2 used SHA-1; encrypted PKCS #8 keys others): OpenSSL's, else portable. */
export function pbkdf2Hmac(digest: string, password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number): Uint8Array {
  return nativePbkdf2(digest, password, salt, iterations, keylen, portablePbkdf2) || portablePbkdf2(digest, password, salt, iterations, keylen);
}

/** T_1 || T_2 || … in TypeScript. */
function portablePbkdf2(digest: string, password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number): Uint8Array {
  const out = new Uint8Array(keylen);
  const keyed = HmacDigest.create(digest, password);
  // one working copy, reset to the keyed state for each HMAC
  const work = keyed.clone();
  const hLen = keyed.size;
  const u = new Uint8Array(hLen);
  const t = new Uint8Array(hLen);
  const counter = new Uint8Array(4);
  // OpenSSL treated an iteration count of 0 as 1.
  const rounds = iterations < 1 ? 1 : iterations;
  for (let block = 1, pos = 0; pos < keylen; block++, pos += hLen) {
    counter[0] = block >>> 24;
    counter[1] = block >>> 16;
    counter[2] = block >>> 8;
    counter[3] = block;
    work.assign(keyed);
    work.update(salt, 0, salt.length);
    work.update(counter, 0, 4);
    work.finish(u, 0);
    t.set(u);
    for (let i = 1; i < rounds; i++) {
      work.assign(keyed);
      work.update(u, 0, hLen);
      work.finish(u, 0);
      for (let j = 0; j < hLen; j++) t[j] ^= u[j];
    }
    out.set(keylen - pos < hLen ? t.subarray(0, keylen - pos) : t, pos);
  }
  return out;
}

interface Checked {
  password: Uint8Array;
  salt: Uint8Array;
  iterations: number;
  keylen: number;
}

// 0.10's checks, in its order: password and salt are Buffers or 'binary' strings; iterations
// and key length are numbers, truncated to 32-bit integers, not negative. 0.10's C++ made
// them, called from its crypto.js function pbkdf2 (line 565), whose frame an error's stack
// starts with: this function's (the n10 runtime shows pbkdf2Call as pbkdf2).
const check = function pbkdf2Call(password: unknown, salt: unknown, iterations: unknown, keylen: unknown): Checked {
  try {
    return checkArgs(password, salt, iterations, keylen);
  } catch (e) {
    throw sited(fromCallerOf(e as Error, fromCallerOf), 565, '    return binding.PBKDF2(password, salt, iterations, keylen, callback);', 19);
  }
};

function checkArgs(password: unknown, salt: unknown, iterations: unknown, keylen: unknown): Checked {
  const pw = bufferArg(password);
  const s = bufferArg(salt);
  if (typeof iterations !== 'number') throw new TypeError('Iterations not a number');
  const iter = iterations | 0;
  if (iter < 0) throw new TypeError('Bad iterations');
  if (typeof keylen !== 'number') throw new TypeError('Key length not a number');
  const len = keylen | 0;
  if (len < 0) throw new TypeError('Bad key length');
  // 0.10 aborted the process beyond Buffer's limit; n10 throws.
  if (len > 0x3fffffff) throw new RangeError('Bad key length');
  return { password: pw, salt: s, iterations: iter, keylen: len };
}

// The key in crypto.DEFAULT_ENCODING: unlike the other functions, 0.10's pbkdf2 converted
// unless that was exactly 'buffer' (so '', null or undefined meant Buffer's utf8).
function encodeKey(key: Uint8Array): Bytes | string {
  const out = key.length === 0 ? slowBuffer(0) : slowWrap(key);
  const encoding = defaultEncoding();
  return encoding === 'buffer' ? out : out.toString(encoding);
}

function derive(c: Checked): Bytes | string {
  return encodeKey(pbkdf2Hmac('sha1', c.password, c.salt, c.iterations, c.keylen));
}

export type Pbkdf2Callback = (error: Error | undefined, derivedKey: Bytes | string) => void;

/** crypto.pbkdf2Sync(password, salt, iterations, keylen): the key (crypto.DEFAULT_ENCODING applies). */
export const pbkdf2Sync = function (password: string | Uint8Array, salt: string | Uint8Array, iterations: number, keylen: number): Bytes | string {
  return derive(check(password, salt, iterations, keylen));
};

/** crypto.pbkdf2(password, salt, iterations, keylen, callback): callback(undefined, key) later. */
export const pbkdf2 = function (
  password: string | Uint8Array,
  salt: string | Uint8Array,
  iterations: number,
  keylen: number,
  callback: Pbkdf2Callback,
): void {
  if (typeof callback !== 'function') {
    throw sited(new Error('No callback provided to pbkdf2'), 549, "    throw new Error('No callback provided to pbkdf2');", 10);
  }
  const c = check(password, salt, iterations, keylen);
  // 0.10 derived on the thread pool and called back with its request object as `this`; so
  // does the native engine (the portable one derives from the immediate queue instead).
  const request = { ondone: callback };
  const started = nativePbkdf2Async('sha1', c.password, c.salt, c.iterations, c.keylen, portablePbkdf2, (error, key) => {
    // OpenSSL does not fail on arguments checked above; 0.10 reported a failure so
    if (error) (callback as (this: unknown, error: Error) => void).call(request, new Error('PBKDF2 error'));
    else callback.call(request, undefined, encodeKey(key));
  });
  if (started) return;
  timers.setImmediate(() => {
    const key = derive(c);
    callback.call(request, undefined, key);
  });
};
