// A program on a current Node hashes, signs and encrypts its own (host) Buffers with
// @n10/crypto; the host's crypto checks the results. npm `buffer`'s Buffers too.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import * as host from 'node:crypto';
import { Buffer as NpmBuffer } from 'buffer/index.js';
import buffer from '@n10/buffer';
import crypto from '../src/index';

const { Buffer } = buffer;
const pem = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const data = HostBuffer.from(Array.from({ length: 5000 }, (_, i) => (i * 37) & 0xff));
const hex = (b: unknown) => HostBuffer.from(b as Uint8Array).toString('hex');

test('crypto.createHash(alg).update(host Buffer) and hmac.update: the host\'s digests', (t) => {
  for (const alg of ['md5', 'sha1', 'sha256', 'sha512']) {
    t.is(crypto.createHash(alg).update(data as never).digest('hex'), host.createHash(alg).update(data).digest('hex'), alg);
    const key = HostBuffer.from('host key');
    t.is(crypto.createHmac(alg, key as never).update(data as never).digest('hex'), host.createHmac(alg, key).update(data).digest('hex'), alg);
  }
  t.is(crypto.createHash('sha1').update(NpmBuffer.from('npm') as never).digest('hex'), host.createHash('sha1').update('npm').digest('hex'));
});

test('crypto.createCipheriv(alg, host key, host iv).update(host Buffer): the host deciphers it; and back', (t) => {
  const key = host.randomBytes(32);
  const iv = host.randomBytes(16);
  const c = crypto.createCipheriv('aes-256-cbc', key as never, iv as never);
  const enc = HostBuffer.concat([HostBuffer.from(c.update(data as never) as Uint8Array), HostBuffer.from(c.final() as Uint8Array)]);
  const hd = host.createDecipheriv('aes-256-cbc', key, iv);
  t.true(HostBuffer.concat([hd.update(enc), hd.final()]).equals(data));
  const he = host.createCipheriv('aes-256-cbc', key, iv);
  const henc = HostBuffer.concat([he.update(data), he.final()]);
  const d = crypto.createDecipheriv('aes-256-cbc', key as never, iv as never);
  t.true(HostBuffer.concat([HostBuffer.from(d.update(henc as never) as Uint8Array), HostBuffer.from(d.final() as Uint8Array)]).equals(data));
  const password = HostBuffer.from('pass');
  const legacy = crypto.createCipher('aes128', password as never);
  const out = HostBuffer.concat([HostBuffer.from(legacy.update(data as never) as Uint8Array), HostBuffer.from(legacy.final() as Uint8Array)]);
  const back = crypto.createDecipher('aes128', NpmBuffer.from('pass') as never);
  t.true(HostBuffer.concat([HostBuffer.from(back.update(out as never) as Uint8Array), HostBuffer.from(back.final() as Uint8Array)]).equals(data));
});

test('sign.update(host Buffer).sign(host PEM Buffer) verifies on the host; verify takes host Buffers', (t) => {
  const priv = pem('rsa_private.pem');
  const pub = host.createPublicKey(priv).export({ type: 'spki', format: 'pem' }) as string;
  const sig = crypto.createSign('RSA-SHA256').update(data as never).sign(priv as never);
  t.true(host.verify('sha256', data, pub, HostBuffer.from(sig as Uint8Array)));
  const hostSig = host.sign('sha256', data, priv);
  t.true(crypto.createVerify('RSA-SHA256').update(data as never).verify(HostBuffer.from(pub) as never, hostSig as never));
  t.false(crypto.createVerify('RSA-SHA256').update(HostBuffer.from('other') as never).verify(HostBuffer.from(pub) as never, hostSig as never));
});

test('crypto.pbkdf2Sync(host password, host salt) and pbkdf2: the host\'s key', async (t) => {
  const password = HostBuffer.from('password');
  const salt = HostBuffer.from('salt');
  const want = host.pbkdf2Sync(password, salt, 1000, 32, 'sha1').toString('hex');
  t.is(hex(crypto.pbkdf2Sync(password as never, salt as never, 1000, 32)), want);
  const got = await new Promise<unknown>((resolve, reject) => crypto.pbkdf2(password as never, salt as never, 1000, 32, ((e: Error | null, k: unknown) => (e ? reject(e) : resolve(k))) as never));
  t.is(hex(got), want);
});

test('crypto.createDiffieHellman(host prime Buffer), setPrivateKey/computeSecret with host Buffers agree with the host', (t) => {
  // (0.10, like n10, takes only safe primes that suit generator 2, p % 24 == 11: one n10 made.)
  const prime = HostBuffer.from(crypto.createDiffieHellman(512).getPrime() as Uint8Array);
  const hostDh = host.createDiffieHellman(prime, 2);
  hostDh.generateKeys();
  const mine = crypto.createDiffieHellman(prime as never);
  const myPub = mine.generateKeys();
  t.is(hex(mine.getPrime()), prime.toString('hex'));
  const hostSecret = hostDh.computeSecret(HostBuffer.from(myPub as Uint8Array));
  t.is(hex(mine.computeSecret(hostDh.getPublicKey() as never)), hostSecret.toString('hex'));
  const other = crypto.createDiffieHellman(prime as never);
  other.setPrivateKey(hostDh.getPrivateKey() as never);
  other.setPublicKey(hostDh.getPublicKey() as never);
  t.is(hex(other.getPublicKey()), hostDh.getPublicKey('hex'));
});

test('crypto results are n10 Buffers, and the host takes them', (t) => {
  const digest = crypto.createHash('sha256').update(data as never).digest();
  t.true(Buffer.isBuffer(digest));
  t.true(digest instanceof Uint8Array);
  t.is(host.createHash('sha1').update(digest as Uint8Array).digest('hex'), host.createHash('sha1').update(host.createHash('sha256').update(data).digest()).digest('hex'));
});
