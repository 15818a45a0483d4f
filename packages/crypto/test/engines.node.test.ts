// The provider seam (src/provider.ts): which engines run, and that OpenSSL's (through
// @n10/binding) and the portable ones give the same bytes and errors for everything the
// module does. Each case runs twice in this process: with the binding, then with
// setNativeCrypto(null). The whole suite also runs with N10_CRYPTO_PORTABLE=1 (npm test).
import test from 'ava';
import type { ExecutionContext } from 'ava';
import { createHmac as hostHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import crypto from '../src/index';
import { lookupCipher, cipherNames } from '../src/cipher/index';
import { clearErrors } from '../src/errors';
import { createDigest } from '../src/hash/index';
import { HmacDigest } from '../src/hmac';
import { NativeDigest, NativeMode } from '../src/native';
import { cipherMode, hashEngine, nativeCrypto, nativeMac, portableEnginesForced, setNativeCrypto } from '../src/provider';
import { Buffer } from '@n10/buffer';
import { pseudo } from './helpers/bytes';
import * as keys from './helpers/keys';

const DIGESTS = ['md4', 'md5', 'mdc2', 'ripemd160', 'sha', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const forced = portableEnginesForced();
const rsa2048Private = fs.readFileSync(path.join(__dirname, 'fixtures/rsa2048_private.pem'), 'utf8');

function nodeHmac(d: string, key: string, data: string): string {
  return hostHmac(d, key).update(data).digest('hex');
}

function outcome(f: () => unknown): unknown {
  try {
    const v = f();
    return v instanceof Uint8Array ? 'bytes:' + Buffer.prototype.toString.call(v, 'hex') : v;
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

/** f's outcome with OpenSSL's engines and with the portable ones; they must be equal. */
function both(t: ExecutionContext, label: string, f: () => unknown): void {
  setNativeCrypto(undefined);
  clearErrors();
  const native = outcome(f);
  setNativeCrypto(null);
  clearErrors();
  const portable = outcome(f);
  setNativeCrypto(undefined);
  t.deepEqual(native, portable, label);
}

test.serial('the provider: OpenSSL engines for every algorithm the binding has and agrees on, portable SHA-0 (and everything when forced)', (t) => {
  setNativeCrypto(undefined);
  t.is(!!nativeCrypto(), !forced);
  for (const d of DIGESTS) {
    const native = !forced && d !== 'sha';
    t.is(hashEngine(d) instanceof NativeDigest, native, d);
    t.is(!!nativeMac(d, new Uint8Array(5), (a, k) => HmacDigest.create(a, k)), native, `hmac ${d}`);
  }
  const specs = new Set(cipherNames().map((n) => lookupCipher(n)!));
  t.true(specs.size >= 47);
  for (const spec of specs) {
    const mode = cipherMode(spec, new Uint8Array(spec.keyLength).fill(1), new Uint8Array(spec.ivLength), false);
    t.is(mode instanceof NativeMode, !forced, spec.name);
  }
});

test.serial('Hash and Hmac: the same digests from both engines, any split of the input, every key length around the block', (t) => {
  const data = pseudo(3000, 1);
  for (const d of DIGESTS) {
    for (const len of [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000, 3000]) {
      both(t, `hash ${d} ${len}`, () => {
        const h = crypto.createHash(d);
        for (let p = 0; p < len; p += 37) h.update(data.slice(p, Math.min(len, p + 37)));
        return h.digest('hex');
      });
    }
    for (const klen of [0, 1, 7, 8, 9, 20, 63, 64, 65, 127, 128, 129, 300]) {
      both(t, `hmac ${d} key ${klen}`, () => crypto.createHmac(d, data.slice(100, 100 + klen)).update(data.slice(0, 333)).digest('hex'));
    }
  }
});

test.serial('Hash and Hmac on OpenSSL: one call for small inputs, a native context past the threshold, the same bytes either way', (t) => {
  const data = pseudo(70000, 5);
  // update patterns around the one-call limit and the batching of short updates
  const patterns: [string, number[]][] = [
    ['one 4095', [4095]],
    ['one 4096', [4096]],
    ['one 4097', [4097]],
    ['64 x 200', new Array(200).fill(64)],
    ['37 x 600', new Array(600).fill(37)],
    ['small, big, small', [10, 5000, 3, 1023, 1024, 1025, 7, 65536 - 9000]],
    ['big then small', [70000 - 100, 50, 50]],
    ['empty updates', [0, 5, 0, 0, 4100, 0]],
  ];
  for (const d of ['md5', 'sha1', 'sha256', 'sha512', 'ripemd160']) {
    for (const [label, sizes] of patterns) {
      both(t, `hash ${d} ${label}`, () => {
        const h = crypto.createHash(d);
        let p = 0;
        for (const n of sizes) {
          h.update(data.slice(p, p + n));
          p += n;
        }
        return h.digest('hex');
      });
      both(t, `hmac ${d} ${label}`, () => {
        const h = crypto.createHmac(d, data.slice(0, 100));
        let p = 0;
        for (const n of sizes) {
          h.update(data.slice(p, p + n));
          p += n;
        }
        return h.digest('hex');
      });
    }
  }
  // strings: ASCII ones go straight to the pending input (utf8, binary, the default, unknown
  // names; not ascii, where 0.10 wrote NUL as a space), anything else through a Buffer; mixed
  // in any order with Buffers
  const texts = ['', 'abc', 'a\u0000b\u007f', 'x'.repeat(5000), 'caf\u00e9', '\u20ac and \ud83d\ude00', 'ab\u0100c', '\u00ff'.repeat(3)];
  for (const enc of [undefined, 'utf8', 'UTF-8', 'binary', 'ascii', 'buffer', 'latin-nope', 'hex', 'base64', 'ucs2']) {
    for (const d of ['sha1', 'sha256']) {
      both(t, `strings ${d} ${enc}`, () => {
        const h = crypto.createHash(d);
        const m = crypto.createHmac(d, 'key');
        const results: unknown[] = [];
        for (const text of texts) {
          const input = enc === 'hex' ? '0a1b' : text;
          results.push(outcome(() => h.update(input, enc as string)), outcome(() => m.update(input, enc as string)));
          h.update(data.slice(0, 3));
          m.update(data.slice(0, 3));
        }
        return [h.digest('hex'), m.digest('hex'), results.length];
      });
    }
  }
  // what was passed is hashed as it was then: later changes to the caller's buffers do not count
  both(t, 'buffers changed after update() and createHmac()', () => {
    const key = new Buffer('a key');
    const chunk = new Buffer('some data');
    const h = crypto.createHash('sha1').update(chunk);
    const m = crypto.createHmac('sha256', key).update(chunk);
    chunk.fill(0);
    key.fill(0);
    return [h.digest('hex'), m.digest('hex')];
  });
  t.is(
    (() => {
      const key = new Buffer('a key');
      const m = crypto.createHmac('sha256', key);
      key.fill(0);
      return m.update('some data').digest('hex');
    })(),
    nodeHmac('sha256', 'a key', 'some data'),
  );
});

test.serial('ciphers: the same bytes and errors from both engines, every cipher, splits, padding on and off, switched midway', (t) => {
  const seen = new Set<string>();
  const data = pseudo(200, 2);
  for (const name of cipherNames()) {
    const spec = lookupCipher(name)!;
    if (seen.has(spec.name)) continue;
    seen.add(spec.name);
    const keyLengths = spec.variableKey ? [1, 5, spec.keyLength, 72, 300] : [spec.keyLength];
    for (const klen of keyLengths) {
      const key = pseudo(klen, 3);
      const iv = pseudo(spec.ivLength, 4);
      for (const len of [0, 1, 15, 16, 17, 32, 64, 199]) {
        for (const pad of [true, false]) {
          let sealed = '';
          both(t, `${spec.name}/${klen} ${len} pad ${pad}`, () => {
            const c = crypto.createCipheriv(spec.name, key, iv);
            c.setAutoPadding(pad);
            const parts = [c.update(data.slice(0, len >> 1), undefined, 'hex'), c.update(data.slice(len >> 1, len), undefined, 'hex')];
            sealed = parts.join('') + c.final('hex');
            return sealed;
          });
          if (!sealed.startsWith('Error') && !sealed.startsWith('TypeError')) {
            both(t, `${spec.name}/${klen} decrypt ${len} pad ${pad}`, () => {
              const d = crypto.createDecipheriv(spec.name, key, iv);
              d.setAutoPadding(pad);
              const out: string[] = [];
              for (let p = 0; p < sealed.length; p += 10) out.push(d.update(sealed.slice(p, p + 10), 'hex', 'hex') as string);
              return out.join('') + d.final('hex');
            });
          }
        }
      }
      // wrong padding, a partial last block, padding switched off and on with a block held back
      const junk = pseudo(48, klen).toString('hex');
      both(t, `${spec.name}/${klen} bad decrypt`, () => {
        const d = crypto.createDecipheriv(spec.name, key, iv);
        return d.update(junk, 'hex', 'hex') + d.final('hex');
      });
      both(t, `${spec.name}/${klen} partial`, () => {
        const d = crypto.createDecipheriv(spec.name, key, iv);
        return d.update(junk.slice(0, 42), 'hex', 'hex') + d.final('hex');
      });
      both(t, `${spec.name}/${klen} padding switched`, () => {
        const d = crypto.createDecipheriv(spec.name, key, iv);
        const a = d.update(junk.slice(0, 32), 'hex', 'hex');
        d.setAutoPadding(false);
        const b = d.update(junk.slice(32, 64), 'hex', 'hex');
        d.setAutoPadding(true);
        const c = d.update(junk.slice(64), 'hex', 'hex');
        d.setAutoPadding(false);
        return [a, b, c, d.final('hex')].join('|');
      });
    }
    both(t, `createCipher ${spec.name}`, () => {
      const c = crypto.createCipher(spec.name, 'a password');
      return c.update(data, undefined, 'base64') + c.final('base64');
    });
  }
});

test.serial('pbkdf2Sync and pbkdf2: the same keys from both engines (0 iterations as 1)', async (t) => {
  for (const [iterations, keylen] of [
    [0, 20],
    [1, 0],
    [1, 1],
    [2, 21],
    [1000, 64],
    [3, 1000],
  ]) {
    both(t, `pbkdf2Sync ${iterations} ${keylen}`, () => crypto.pbkdf2Sync('password', 'salt', iterations, keylen));
  }
  const derive = () =>
    new Promise<string>((resolve) => {
      crypto.pbkdf2('pw', 'NaCl', 7, 33, (err, key) => resolve(`${String(err)} ${(key as Buffer).toString('hex')}`));
    });
  setNativeCrypto(undefined);
  const native = await derive();
  setNativeCrypto(null);
  const portable = await derive();
  setNativeCrypto(undefined);
  t.is(native, portable);
});

test.serial('Sign: OpenSSL gives n10s RSA signatures byte for byte (MD4 and SHA-0 stay portable); DSA signatures cross-verify', (t) => {
  const data = pseudo(500, 5);
  for (const d of DIGESTS) {
    for (const key of [keys.rsaPrivate, keys.rsaPrivatePkcs8, keys.rsa512Private, rsa2048Private]) {
      both(t, `rsa ${d}`, () => crypto.createSign(d).update(data).sign(key, 'hex'));
    }
  }
  for (const d of ['dss1', 'DSA', 'sha1', 'sha256', 'sha512', 'md5']) {
    for (const key of [keys.dsaPrivate, keys.dsaPrivatePkcs8]) {
      setNativeCrypto(undefined);
      const native = crypto.createSign(d).update(data).sign(key) as Buffer;
      setNativeCrypto(null);
      const portable = crypto.createSign(d).update(data).sign(key) as Buffer;
      t.is(native.length > 0, portable.length > 0, d);
      t.is(crypto.createVerify(d).update(data).verify(keys.dsaPublic, native), native.length > 0, d);
      setNativeCrypto(undefined);
      t.is(crypto.createVerify(d).update(data).verify(keys.dsaPublic, portable), portable.length > 0, d);
    }
  }
  for (const key of [keys.rsaPrivateEncrypted, 'junk']) {
    both(t, 'unusable key', () => [crypto.createSign('sha256').update(data).sign(key, 'hex'), outcome(() => crypto.createHash('nope'))]);
  }
});

test.serial('DiffieHellman: the same public keys, secrets and prime checks from both engines', (t) => {
  const priv = pseudo(40, 6).toString('hex');
  for (const group of ['modp1', 'modp2', 'modp14']) {
    both(t, group, () => crypto.createDiffieHellman(crypto.getDiffieHellman(group).getPrime()).getPrime('hex'));
    both(t, `${group} keys`, () => {
      const a = crypto.getDiffieHellman(group);
      const b = crypto.getDiffieHellman(group);
      (a as unknown as { _binding: { setPrivateKey(k: Uint8Array): void } })._binding.setPrivateKey(new Buffer(priv, 'hex'));
      (b as unknown as { _binding: { setPrivateKey(k: Uint8Array): void } })._binding.setPrivateKey(new Buffer(priv.slice(2), 'hex'));
      const pa = a.generateKeys('hex');
      const pb = b.generateKeys('hex');
      return [pa, pb, a.computeSecret(pb, 'hex', 'hex'), b.computeSecret(pa, 'hex', 'hex')];
    });
  }
  // safe primes p = 11 mod 24 are accepted; others (and the MODP primes) refused
  const dh = crypto.createDiffieHellman(64);
  const p = dh.getPrime('hex') as string;
  t.is((dh.getPrime() as Buffer).length, 8);
  for (const candidate of [p, 'f7', 'ffffffffffffffc5', '8c7b', '8c7d', crypto.getDiffieHellman('modp2').getPrime('hex') as string]) {
    both(t, `prime ${candidate}`, () => crypto.createDiffieHellman(candidate, 'hex').getPrime('hex'));
  }
});

test.serial('randomBytes(size, callback) fills on the thread pool through the binding (req.oncomplete), this = the request', async (t) => {
  const calls: unknown[][] = [];
  setNativeCrypto({
    randomFill(buf: Uint8Array, offset?: number | null, length?: number | null, req?: { oncomplete(err: Error | null): void }) {
      calls.push([buf.length, offset, length, typeof req]);
      buf.fill(9, offset || 0, (offset || 0) + (length === undefined || length === null ? buf.length : length));
      if (req) setTimeout(() => req.oncomplete(null), 1);
    },
  });
  try {
    t.is((crypto.randomBytes(3) as Buffer).toString('hex'), '090909');
    let request: unknown;
    const result = await new Promise<string>((resolve) => {
      request = crypto.randomBytes(4, function (this: unknown, err, buf) {
        resolve(`${String(err)} ${(buf as Buffer).toString('hex')} ${this === request}`);
      });
    });
    t.is(result, 'null 09090909 true');
    t.deepEqual(calls, [
      [3, undefined, undefined, 'undefined'],
      [4, 0, 4, 'object'],
    ]);
  } finally {
    setNativeCrypto(undefined);
  }
});
