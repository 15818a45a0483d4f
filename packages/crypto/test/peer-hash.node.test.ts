// Real peers for the digests: the host node's OpenSSL (random lengths and split points) and
// the openssl command (MD4 and RIPEMD-160 with the legacy provider).
import test from 'ava';
import { execFileSync } from 'node:child_process';
import * as host from 'node:crypto';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';
import { setNativeCrypto } from '../src/provider';

const hostAlgorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160'];
const n10Bytes = (b: Uint8Array) => new Buffer(Array.from(b));

test('crypto.createHash matches the host OpenSSL on random lengths and split updates', (t) => {
  for (const alg of hostAlgorithms) {
    for (let i = 0; i < 40; i++) {
      const len = i < 20 ? i * 7 : host.randomInt(0, 5000);
      const data = host.randomBytes(len);
      const h = crypto.createHash(alg);
      let p = 0;
      while (p < len) {
        const q = Math.min(len, p + host.randomInt(1, 300));
        h.update(n10Bytes(data.subarray(p, q)));
        p = q;
      }
      t.is(h.digest('hex'), host.createHash(alg).update(data).digest('hex'), `${alg} ${len}`);
    }
  }
});

test('crypto.createHmac matches the host OpenSSL on random keys and data', (t) => {
  for (const alg of hostAlgorithms) {
    for (let i = 0; i < 20; i++) {
      const key = host.randomBytes(host.randomInt(0, 300));
      const data = host.randomBytes(host.randomInt(0, 2000));
      t.is(
        crypto.createHmac(alg, n10Bytes(key)).update(n10Bytes(data)).digest('hex'),
        host.createHmac(alg, key).update(data).digest('hex'),
      );
    }
  }
});

test('crypto.pbkdf2Sync matches the host OpenSSL (HMAC-SHA1)', (t) => {
  for (let i = 0; i < 10; i++) {
    const pw = host.randomBytes(host.randomInt(0, 100));
    const salt = host.randomBytes(host.randomInt(0, 40));
    const iter = host.randomInt(1, 300);
    const len = host.randomInt(0, 100);
    t.is(
      (crypto.pbkdf2Sync(n10Bytes(pw), n10Bytes(salt), iter, len) as Buffer).toString('hex'),
      host.pbkdf2Sync(pw, salt, iter, len, 'sha1').toString('hex'),
    );
  }
});

test('crypto.createHash md4 and ripemd160 match `openssl dgst`', (t) => {
  const data = host.randomBytes(3000);
  for (const [alg, flag] of [
    ['md4', '-md4'],
    ['ripemd160', '-ripemd160'],
  ]) {
    let out: string;
    try {
      out = execFileSync('openssl', ['dgst', '-provider', 'legacy', '-provider', 'default', flag, '-hex'], { input: data }).toString();
    } catch {
      t.log(`openssl without ${alg}`);
      continue;
    }
    t.is(crypto.createHash(alg).update(n10Bytes(data)).digest('hex'), out.trim().split('= ')[1]);
  }
});

test('crypto.randomBytes takes entropy from the binding when it has randomFill, and never falls back silently', (t) => {
  let calls = 0;
  setNativeCrypto({
    randomFill(buf: Uint8Array) {
      calls++;
      // The raw bytes: a SlowBuffer's own fill is 0.10's, which wants all three arguments.
      Uint8Array.prototype.fill.call(buf, 7);
    },
  });
  try {
    t.is(crypto.randomBytes(4).toString('hex'), '07070707');
    t.is(calls, 1);
  } finally {
    setNativeCrypto(undefined);
  }
});
