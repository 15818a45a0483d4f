// Real peers for the ciphers: the host node's OpenSSL and the `openssl enc` command (with the
// legacy provider for DES, DES-X, Blowfish and RC4), both directions, random keys and lengths.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import * as host from 'node:crypto';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';

const n10 = (b: Uint8Array) => new Buffer(Array.from(b));

function n10Encrypt(name: string, key: Uint8Array, iv: Uint8Array, data: Uint8Array, pad: boolean): string {
  const c = crypto.createCipheriv(name, n10(key), n10(iv));
  c.setAutoPadding(pad);
  return (c.update(n10(data), undefined, 'hex') as string) + c.final('hex');
}

const hostCiphers: Array<[string, number, number]> = [];
for (const bits of [128, 192, 256]) {
  for (const m of ['ecb', 'cbc', 'cfb', 'cfb1', 'cfb8', 'ofb', 'ctr']) hostCiphers.push([`aes-${bits}-${m}`, bits / 8, m === 'ecb' ? 0 : 16]);
}
hostCiphers.push(['des-ede3-cbc', 24, 8], ['des-ede3', 24, 0], ['des-ede-cbc', 16, 8], ['des-ede3-cfb', 24, 8], ['des-ede3-ofb', 24, 8], ['des-ede3-cfb8', 24, 8]);

test('createCipheriv/createDecipheriv agree with the host OpenSSL (AES all modes, triple DES)', (t) => {
  for (const [name, kl, il] of hostCiphers) {
    let hostCipher: host.Cipher;
    for (let i = 0; i < 6; i++) {
      const key = host.randomBytes(kl);
      const iv = host.randomBytes(il);
      const block = /ecb|cbc|^des-ede3?$/.test(name);
      const pad = !block || i % 2 === 0;
      const len = pad ? host.randomInt(0, 300) : 16 * host.randomInt(0, 10);
      const data = host.randomBytes(len);
      try {
        hostCipher = host.createCipheriv(name, key, il ? iv : null);
      } catch {
        t.log(`host lacks ${name}`);
        break;
      }
      hostCipher.setAutoPadding(pad);
      const expected = hostCipher.update(data).toString('hex') + hostCipher.final().toString('hex');
      t.is(n10Encrypt(name, key, iv, data, pad), expected, `${name} ${len}`);
      const d = crypto.createDecipheriv(name, n10(key), n10(iv));
      d.setAutoPadding(pad);
      t.is((d.update(expected, 'hex', 'hex') as string) + d.final('hex'), Buffer.prototype.toString.call(n10(data), 'hex'), `${name} decrypt`);
    }
  }
});

const legacy: Array<[string, number, number]> = [
  ['des-ecb', 8, 0],
  ['des-cbc', 8, 8],
  ['des-cfb', 8, 8],
  ['des-cfb8', 8, 8],
  ['des-cfb1', 8, 8],
  ['des-ofb', 8, 8],
  ['des-ede', 16, 0],
  ['des-ede-cfb', 16, 8],
  ['des-ede-ofb', 16, 8],
  ['desx', 24, 8],
  ['bf-ecb', 16, 0],
  ['bf-cbc', 16, 8],
  ['bf-cfb', 16, 8],
  ['bf-ofb', 16, 8],
  ['rc4', 16, 0],
  ['rc4-40', 5, 0],
];

test('createCipheriv agrees with `openssl enc` (DES, DES-X, Blowfish, RC4)', (t) => {
  for (const [name, kl, il] of legacy) {
    const key = host.randomBytes(kl);
    const iv = host.randomBytes(il);
    const data = host.randomBytes(host.randomInt(1, 200));
    const args = ['enc', '-provider', 'legacy', '-provider', 'default', `-${name}`, '-K', key.toString('hex')];
    if (il) args.push('-iv', iv.toString('hex'));
    let out: Buffer;
    try {
      out = n10(execFileSync('openssl', args, { input: data, stdio: ['pipe', 'pipe', 'ignore'] }));
    } catch {
      t.log(`openssl lacks ${name}`);
      continue;
    }
    t.is(n10Encrypt(name, key, iv, data, true), out.toString('hex'), name);
  }
});

test('crypto.createCipher matches `openssl enc -md md5 -nosalt` (EVP_BytesToKey)', (t) => {
  for (const name of ['aes-256-cbc', 'aes-128-ofb', 'des-ede3-cbc', 'bf-cbc']) {
    const data = host.randomBytes(100);
    const out = n10(execFileSync('openssl', ['enc', '-provider', 'legacy', '-provider', 'default', `-${name}`, '-md', 'md5', '-nosalt', '-pass', 'pass:secret'], { input: data, stdio: ['pipe', 'pipe', 'ignore'] }));
    const c = crypto.createCipher(name, 'secret');
    t.is((c.update(n10(data), undefined, 'hex') as string) + c.final('hex'), out.toString('hex'), name);
  }
});
