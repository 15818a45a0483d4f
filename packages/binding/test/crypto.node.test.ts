// crypto: Hash, Hmac, pbkdf2, randomFill, CipherBase, bytesToKey, Sign/Verify, modPow and
// primes, against published vectors and real peers: the host node's crypto and the openssl
// command (with the legacy provider for the old algorithms).
import test from 'ava';
import { spawnSync } from 'node:child_process';
import * as host from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binding } from './helpers';
import type { CryptoError } from '../src/index';

const hex = (u: Uint8Array): string => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString('hex');
const fromHex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const LEGACY = ['-provider', 'legacy', '-provider', 'default'];

function openssl(args: string[], input?: Uint8Array): Buffer {
  const r = spawnSync('openssl', args, { input, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Runs `code` in a host node with OpenSSL's legacy provider (md4, mdc2, idea…); its stdout. */
function legacyNode(code: string): string {
  const r = spawnSync(process.execPath, ['--openssl-legacy-provider', '-e', code], { maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(String(r.stderr));
  return r.stdout.toString();
}

/** t.throws() takes codes as strings only: this checks a pattern. */
function throwsCode(t: { throws(fn: () => unknown): unknown; regex(s: string, r: RegExp, m?: string): void }, fn: () => unknown, code: RegExp): CryptoError {
  const err = t.throws(fn) as CryptoError;
  t.regex(String(err?.code), code);
  return err;
}

function digest(name: string, ...chunks: Uint8Array[]): string {
  const h = new binding.Hash(name);
  for (const c of chunks) h.update(c);
  return hex(h.digest());
}

const dir = mkdtempSync(join(tmpdir(), 'n10-crypto-'));
test.after.always(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string): string => join(dir, name);

// ---- Hash ----

test('Hash: FIPS 180 / RFC 1321 / RIPEMD-160 "abc" vectors', (t) => {
  const abc = Buffer.from('abc');
  t.is(digest('md5', abc), '900150983cd24fb0d6963f7d28e17f72');
  t.is(digest('sha1', abc), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  t.is(digest('sha224', abc), '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
  t.is(digest('sha256', abc), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  t.is(digest('sha384', abc), 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7');
  t.is(
    digest('sha512', abc),
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  );
  t.is(digest('ripemd160', abc), '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc');
  t.is(digest('md4', abc), 'a448017aaf21d8525fc10ae87aa6729d'); // RFC 1320
  t.is(digest('sha256'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('Hash: every digest the host and openssl share gives their answer, in one update or many (offset/length)', (t) => {
  const data = Buffer.alloc(100000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7 + 3) & 0xff;
  const hostNames = host.getHashes();
  let checked = 0;
  for (const name of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'ripemd160', 'sha3-256', 'sha3-512', 'blake2b512', 'blake2s256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'ssl3-md5', 'RSA-SHA1-2']) {
    if (!hostNames.includes(name)) continue;
    const want = host.createHash(name).update(data).digest('hex');
    t.is(digest(name, data), want, name);
    const h = new binding.Hash(name);
    for (let off = 0; off < data.length; off += 1237) h.update(data, off, Math.min(1237, data.length - off));
    t.is(hex(h.digest()), want, name + ' in pieces');
    checked++;
  }
  t.true(checked >= 15);
  // The legacy provider's digests, against openssl dgst and the host node with that provider.
  writeFileSync(file('data.bin'), data);
  for (const name of ['md4', 'whirlpool']) {
    const out = openssl(['dgst', ...LEGACY, '-' + name, '-r', file('data.bin')]).toString().split(' ')[0];
    t.is(digest(name, data), out, name);
  }
  const theirs = JSON.parse(
    legacyNode(`const c = require('crypto'), d = require('fs').readFileSync(${JSON.stringify(file('data.bin'))}); console.log(JSON.stringify(['md4', 'mdc2', 'whirlpool'].map((n) => c.createHash(n).update(d).digest('hex'))))`),
  ) as string[];
  t.deepEqual(['md4', 'mdc2', 'whirlpool'].map((n) => digest(n, data)), theirs);
});

test('Hash.copy() forks the running state; digest() ends the Hash (ERR_N10_STATE); unknown names throw ERR_N10_UNKNOWN_DIGEST; getHashInfo', (t) => {
  const h = new binding.Hash('sha256');
  h.update(Buffer.from('ab'));
  const c = h.copy();
  c.update(Buffer.from('c'));
  t.is(hex(c.digest()), host.createHash('sha256').update('abc').digest('hex'));
  t.is(hex(h.digest()), host.createHash('sha256').update('ab').digest('hex'));
  t.throws(() => h.digest(), { code: 'ERR_N10_STATE' });
  t.throws(() => h.update(Buffer.from('x')), { code: 'ERR_N10_STATE' });
  t.throws(() => h.copy(), { code: 'ERR_N10_STATE' });
  t.throws(() => new binding.Hash('no-such-digest'), { code: 'ERR_N10_UNKNOWN_DIGEST', message: /no-such-digest/ });
  t.throws(() => new binding.Hash(5 as never), { instanceOf: TypeError });
  t.throws(() => h.update(Buffer.from('x'), 2, 5), { instanceOf: RangeError });
  t.deepEqual(binding.getHashInfo('RSA-SHA256'), { name: 'SHA2-256', size: 32, blockSize: 64 });
  t.like(binding.getHashInfo('sha512'), { size: 64, blockSize: 128 });
  t.like(binding.getHashInfo('md4'), { size: 16, blockSize: 64 });
  t.is(binding.getHashInfo('no-such-digest'), undefined);
});

test('getHashes(): sorted, every name accepted by new Hash(), including the legacy and alias names 0.10 listed', (t) => {
  const names = binding.getHashes();
  t.deepEqual([...names].sort(), names);
  for (const n of ['md4', 'md5', 'sha1', 'sha256', 'sha512', 'ripemd160', 'RSA-SHA256', 'mdc2', 'whirlpool', 'ssl3-md5', 'rmd160']) t.true(names.includes(n), n);
  for (const n of names) t.notThrows(() => new binding.Hash(n).digest(), n);
});

// ---- Hmac ----

test('Hmac: RFC 2202 and RFC 4231 vectors, and the host for empty and long keys', (t) => {
  const mac = (name: string, key: Uint8Array, data: Uint8Array): string => {
    const h = new binding.Hmac(name, key);
    h.update(data);
    return hex(h.digest());
  };
  t.is(mac('md5', Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')), '750c783e6ab0b503eaa86e310a5db738');
  t.is(mac('sha1', Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
  t.is(mac('sha256', Buffer.alloc(20, 0x0b), Buffer.from('Hi There')), 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
  t.is(
    mac('sha512', Buffer.alloc(20, 0x0b), Buffer.from('Hi There')),
    '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
  );
  const data = Buffer.from('some data to authenticate');
  for (const key of [Buffer.alloc(0), Buffer.alloc(200, 0xaa), Buffer.from('k')]) {
    for (const name of ['sha1', 'sha256', 'md5', 'sha384']) t.is(mac(name, key, data), host.createHmac(name, key).update(data).digest('hex'));
  }
  const h = new binding.Hmac('sha1', Buffer.from('k'));
  h.digest();
  t.throws(() => h.digest(), { code: 'ERR_N10_STATE' });
  t.throws(() => new binding.Hmac('nope', Buffer.from('k')), { code: 'ERR_N10_UNKNOWN_DIGEST' });
  t.throws(() => new binding.Hmac('sha1', 'k' as never), { instanceOf: TypeError });
});

// ---- pbkdf2 ----

const PBKDF2_VECTORS: Array<[string, string, number, number, string]> = [
  // RFC 6070 (HMAC-SHA1)
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
];

test('hashId / hashInto / hmacInto: one-call digests and HMACs agree with the host; bad ids and ranges throw', (t) => {
  const b = binding;
  const data = new Uint8Array(5000).map((_, i) => (i * 131 + 7) & 255);
  const out = new Uint8Array(80);
  for (const name of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160']) {
    const id = b.hashId(name);
    t.true(id >= 0, name);
    t.is(b.hashId(name), id);
    const size = host.createHash(name).digest().length;
    for (const [off, len] of [[0, 0], [0, 1], [3, 64], [1, 4999]]) {
      b.hashInto(id, data, off, len, out, 5);
      t.is(Buffer.from(out.subarray(5, 5 + size)).toString('hex'), host.createHash(name).update(data.subarray(off, off + len)).digest('hex'), `${name} ${off} ${len}`);
      for (const klen of [0, 3, 64, 128, 129, 300]) {
        const key = data.subarray(100, 100 + klen);
        b.hmacInto(id, key, data, off, len, out, 0);
        t.is(Buffer.from(out.subarray(0, size)).toString('hex'), host.createHmac(name, key).update(data.subarray(off, off + len)).digest('hex'), `hmac ${name} ${klen}`);
      }
    }
  }
  t.is(b.hashId('sha256'), b.hashId('RSA-SHA256'), 'one id per digest, whatever its name');
  t.is(b.hashId('nope'), -1);
  const id = b.hashId('sha1');
  t.throws(() => b.hashInto(63, data, 0, 1, out, 0), { instanceOf: RangeError });
  t.throws(() => b.hashInto(id, data, 4999, 2, out, 0), { instanceOf: RangeError });
  t.throws(() => b.hashInto(id, data, 0, 1, out, 61), { instanceOf: RangeError });
  t.throws(() => b.hashInto(id, 'x' as never, 0, 1, out, 0), { instanceOf: TypeError });
  t.throws(() => b.hmacInto(id, null as never, data, 0, 1, out, 0), { instanceOf: TypeError });
});

test('pbkdf2 (sync): RFC 6070 vectors; other digests agree with the host', (t) => {
  for (const [pw, salt, it, len, want] of PBKDF2_VECTORS) {
    t.is(hex(binding.pbkdf2(Buffer.from(pw, 'latin1'), Buffer.from(salt, 'latin1'), it, len, 'sha1')), want);
  }
  for (const d of ['sha256', 'sha512', 'md5']) {
    t.is(hex(binding.pbkdf2(Buffer.from('pw'), Buffer.from('salty'), 100, 70, d)), host.pbkdf2Sync('pw', 'salty', 100, 70, d).toString('hex'));
  }
  t.is(binding.pbkdf2(Buffer.from('pw'), Buffer.alloc(0), 1, 0, 'sha1').length, 0);
  t.throws(() => binding.pbkdf2(Buffer.from('pw'), Buffer.from('s'), 0, 20, 'sha1'), { code: 'ERR_OSSL_INVALID_ITERATION_COUNT' });
  t.throws(() => binding.pbkdf2(Buffer.from('pw'), Buffer.from('s'), -1, 20, 'sha1'), { instanceOf: RangeError });
  t.throws(() => binding.pbkdf2(Buffer.from('pw'), Buffer.from('s'), 1, 20, 'nope'), { code: 'ERR_N10_UNKNOWN_DIGEST' });
  t.throws(() => binding.pbkdf2('pw' as never, Buffer.from('s'), 1, 20, 'sha1'), { instanceOf: TypeError });
});

test('pbkdf2 (async on the thread pool): req.oncomplete(null, key), many at once, inputs copied at the call', async (t) => {
  const results = await Promise.all(
    PBKDF2_VECTORS.map(
      ([pw, salt, it, len]) =>
        new Promise<string>((resolve, reject) => {
          const p = Buffer.from(pw, 'latin1');
          const s = Buffer.from(salt, 'latin1');
          binding.pbkdf2(p, s, it, len, 'sha1', {
            oncomplete(err, key) {
              if (err) reject(err);
              else resolve(hex(key as Uint8Array));
            },
          });
          p.fill(0); // too late to matter: the binding copied them
          s.fill(0);
        }),
    ),
  );
  t.deepEqual(results, PBKDF2_VECTORS.map((v) => v[4]));
  const err = await new Promise<CryptoError | null>((resolve) => binding.pbkdf2(Buffer.from('p'), Buffer.from('s'), 0, 20, 'sha1', { oncomplete: resolve }));
  t.is(err?.code, 'ERR_OSSL_INVALID_ITERATION_COUNT');
});

// ---- randomFill ----

test('randomFill: sync fills exactly buffer[offset, offset + length); async on the thread pool', async (t) => {
  const a = new Uint8Array(64);
  binding.randomFill(a);
  t.true(a.some((x) => x !== 0));
  const b = new Uint8Array(64);
  binding.randomFill(b, 16, 32);
  t.true(b.subarray(0, 16).every((x) => x === 0) && b.subarray(48).every((x) => x === 0));
  t.true(b.subarray(16, 48).some((x) => x !== 0));
  t.notDeepEqual(a, new Uint8Array(64));
  // 1 MiB has every byte value, roughly uniformly.
  const big = new Uint8Array(1 << 20);
  binding.randomFill(big);
  const counts = new Array(256).fill(0);
  for (const x of big) counts[x]++;
  t.true(Math.min(...counts) > 3500 && Math.max(...counts) < 4700);
  const c = new Uint8Array(32);
  const err = await new Promise<unknown>((resolve) => binding.randomFill(c, 8, null, { oncomplete: resolve }));
  t.is(err, null);
  t.true(c.subarray(0, 8).every((x) => x === 0) && c.subarray(8).some((x) => x !== 0));
  t.throws(() => binding.randomFill(new Uint8Array(4), 2, 3), { instanceOf: RangeError });
  t.throws(() => binding.randomFill([1, 2] as never), { instanceOf: TypeError });
});

// ---- ciphers ----

const PLAIN = Buffer.from('The quick brown fox jumps over the lazy dog. 0123456789!'); // 55 bytes
const keyOf = (n: number, seed: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 13 + seed) & 0xff));

function encrypt(name: string, key: Uint8Array, iv: Uint8Array | null, data: Uint8Array, chunk = data.length, padding = true): Buffer {
  const c = new binding.CipherBase();
  c.init(name, key, iv, true);
  if (!padding) t_true(c.setAutoPadding(false));
  const out: Uint8Array[] = [];
  for (let off = 0; off < data.length; off += chunk) out.push(c.update(data, off, Math.min(chunk, data.length - off)));
  out.push(c.final());
  return Buffer.concat(out);
}
function decrypt(name: string, key: Uint8Array, iv: Uint8Array | null, data: Uint8Array, chunk = data.length, padding = true): Buffer {
  const c = new binding.CipherBase();
  c.init(name, key, iv, false);
  if (!padding) t_true(c.setAutoPadding(false));
  const out: Uint8Array[] = [];
  for (let off = 0; off < data.length; off += chunk) out.push(c.update(data, off, Math.min(chunk, data.length - off)));
  out.push(c.final());
  return Buffer.concat(out);
}
function t_true(v: boolean): void {
  if (!v) throw new Error('expected true');
}

test('CipherBase: published known answers (FIPS-197 AES, SP 800-38A CBC, DES, Blowfish, RC4)', (t) => {
  const k = fromHex('000102030405060708090a0b0c0d0e0f');
  t.is(encrypt('aes-128-ecb', k, null, fromHex('00112233445566778899aabbccddeeff'), 16, false).toString('hex'), '69c4e0d86a7b0430d8cdb78070b4c55a');
  t.is(
    encrypt('aes-128-cbc', fromHex('2b7e151628aed2a6abf7158809cf4f3c'), fromHex('000102030405060708090a0b0c0d0e0f'), fromHex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51'), 32, false).toString('hex'),
    '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2',
  );
  t.is(encrypt('des-ecb', fromHex('133457799bbcdff1'), null, fromHex('0123456789abcdef'), 8, false).toString('hex'), '85e813540f0ab405');
  t.is(encrypt('bf-ecb', fromHex('0000000000000000'), null, fromHex('0000000000000000'), 8, false).toString('hex'), '4ef997456198dd78');
  t.is(encrypt('rc4', Buffer.from('Key'), null, Buffer.from('Plaintext')).toString('hex'), 'bbf316e8d940af0ad3');
  t.is(encrypt('rc4', Buffer.from('Secret'), null, Buffer.from('Attack at dawn')).toString('hex'), '45a01f645fc35b383552544b9bf5');
});

// The cipher families node 0.10 offered (its OpenSSL 1.0.1), in every mode OpenSSL 3 still has.
const FAMILIES = /^(aes-(128|192|256)-(ecb|cbc|cfb|cfb1|cfb8|ofb|ctr)|aes(128|192|256)|bf(-(ecb|cbc|cfb|ofb))?|blowfish|cast(5-(ecb|cbc|cfb|ofb)|-cbc)?|des(-(ecb|cbc|cfb|cfb1|cfb8|ofb))?|des-ede3?(-(ecb|cbc|cfb|cfb1|cfb8|ofb))?|des3|desx(-cbc)?|rc2(-(ecb|cbc|cfb|ofb|40-cbc|64-cbc))?|rc4(-40)?|idea(-(ecb|cbc|cfb|ofb))?|seed(-(ecb|cbc|cfb|ofb))?|camellia-(128|192|256)-(ecb|cbc|cfb|cfb1|cfb8|ofb)|camellia(128|192|256))$/;

test('CipherBase: every cipher of 0.10\'s families gives the answer of `openssl enc` (or of the host node with the legacy provider), in one update or in odd-sized pieces, and back', (t) => {
  const names = [...new Set(binding.getCiphers().map((n) => n.toLowerCase()))].filter((n) => FAMILIES.test(n));
  const cli = new Set((openssl(['enc', '-ciphers', ...LEGACY]).toString().match(/-[a-z0-9-]+/g) ?? []).map((n) => n.slice(1)));
  for (const n of ['aes-256-cbc', 'aes-128-ctr', 'bf-cbc', 'des-ede3-cbc', 'des-cbc', 'desx-cbc', 'rc4', 'rc4-40', 'cast5-cbc', 'idea-cbc', 'rc2-40-cbc', 'seed-cbc', 'camellia-256-cfb8']) {
    t.true(names.includes(n), n);
  }
  const params = names.map((name) => {
    const info = binding.getCipherInfo(name);
    if (!info) throw new Error(name);
    return { name, key: keyOf(info.keyLength, name.length).toString('hex'), iv: info.ivLength ? keyOf(info.ivLength, 99).toString('hex') : null };
  });
  // openssl enc where it has the cipher; the host node (legacy provider) for the rest.
  const viaNode = params.filter((p) => !cli.has(p.name));
  const nodeAnswers = JSON.parse(
    legacyNode(
      `const c = require('crypto'); const data = Buffer.from('${PLAIN.toString('hex')}', 'hex');
       console.log(JSON.stringify(${JSON.stringify(viaNode)}.map((p) => { const x = c.createCipheriv(p.name, Buffer.from(p.key, 'hex'), p.iv ? Buffer.from(p.iv, 'hex') : null); return Buffer.concat([x.update(data), x.final()]).toString('hex'); })))`,
    ),
  ) as string[];
  let byCli = 0;
  for (const p of params) {
    let want: Buffer;
    if (cli.has(p.name)) {
      const args = ['enc', ...LEGACY, '-' + p.name, '-K', p.key];
      if (p.iv) args.push('-iv', p.iv);
      want = openssl(args, PLAIN);
      byCli++;
    } else {
      want = Buffer.from(nodeAnswers[viaNode.indexOf(p)], 'hex');
    }
    const key = Buffer.from(p.key, 'hex');
    const iv = p.iv ? Buffer.from(p.iv, 'hex') : null;
    t.is(encrypt(p.name, key, iv, PLAIN).toString('hex'), want.toString('hex'), p.name);
    t.is(encrypt(p.name, key, iv, PLAIN, 7).toString('hex'), want.toString('hex'), p.name + ' in 7-byte pieces');
    t.deepEqual(decrypt(p.name, key, iv, want), PLAIN, p.name + ' decrypted');
    t.deepEqual(decrypt(p.name, key, iv, want, 5), PLAIN, p.name + ' decrypted in 5-byte pieces');
  }
  t.true(names.length >= 90 && byCli >= 80, `${names.length} ciphers, ${byCli} against openssl enc`);
  t.log(`${names.length} ciphers: ${byCli} against openssl enc, ${viaNode.length} against node --openssl-legacy-provider (${viaNode.map((p) => p.name).join(' ')})`);
});

test('CipherBase: setAutoPadding(false) matches openssl -nopad; a partial block then fails in final()', (t) => {
  const key = keyOf(32, 1);
  const iv = keyOf(16, 2);
  const data = PLAIN.subarray(0, 48);
  const want = openssl(['enc', '-aes-256-cbc', '-nopad', '-K', key.toString('hex'), '-iv', iv.toString('hex')], data);
  t.deepEqual(encrypt('aes-256-cbc', key, iv, data, 16, false), want);
  t.deepEqual(decrypt('aes-256-cbc', key, iv, want, 11, false), data);
  const c = new binding.CipherBase();
  t.false(c.setAutoPadding(false), 'false before init()');
  c.init('aes-256-cbc', key, iv, true);
  t.true(c.setAutoPadding(false));
  c.update(PLAIN.subarray(0, 20));
  t.regex(throwsCode(t, () => c.final(), /^ERR_OSSL_/).message, /^error:/);
});

test('CipherBase: bad decrypt is OpenSSL\'s error; wrong key/IV lengths; state errors', (t) => {
  const key = keyOf(16, 1);
  const iv = keyOf(16, 2);
  const ct = encrypt('aes-128-cbc', key, iv, PLAIN);
  const d = new binding.CipherBase();
  d.init('aes-128-cbc', keyOf(16, 9), iv, false);
  d.update(ct);
  const err = t.throws(() => d.final()) as CryptoError;
  t.is(err.code, 'ERR_OSSL_BAD_DECRYPT');
  t.is(err.reason, 'bad decrypt');
  t.regex(err.message, /^error:[0-9A-F]+:.*bad decrypt$/);
  t.throws(() => d.final(), { code: 'ERR_N10_STATE' });
  t.throws(() => d.update(ct), { code: 'ERR_N10_STATE' });
  t.throws(() => new binding.CipherBase().init('aes-128-cbc', keyOf(15, 0), iv, true), { code: 'ERR_OSSL_INVALID_KEY_LENGTH' });
  t.throws(() => new binding.CipherBase().init('aes-128-cbc', key, keyOf(8, 0), true), { instanceOf: RangeError, message: /16 bytes/ });
  t.throws(() => new binding.CipherBase().init('aes-128-cbc', key, null, true), { instanceOf: RangeError });
  t.throws(() => new binding.CipherBase().init('no-such-cipher', key, null, true), { code: 'ERR_N10_UNKNOWN_CIPHER' });
  t.throws(() => new binding.CipherBase().update(PLAIN), { code: 'ERR_N10_STATE' });
  // Variable key lengths, as 0.10 allowed for Blowfish, RC4, RC2, CAST5 (host with the legacy provider as the peer).
  for (const [name, kl] of [['bf-cbc', 5], ['rc4', 7], ['cast5-cbc', 10], ['rc2-cbc', 5]] as const) {
    const info = binding.getCipherInfo(name);
    t.true(info?.variableKeyLength, name);
    const ivb = info?.ivLength ? keyOf(info.ivLength, 3) : null;
    const r = spawnSync(process.execPath, ['--openssl-legacy-provider', '-e', `const c = require('crypto').createCipheriv(${JSON.stringify(name)}, Buffer.from('${keyOf(kl, 4).toString('hex')}', 'hex'), ${ivb ? `Buffer.from('${ivb.toString('hex')}', 'hex')` : 'null'}); process.stdout.write(Buffer.concat([c.update(Buffer.from('${PLAIN.toString('hex')}', 'hex')), c.final()]).toString('hex'))`]);
    t.is(encrypt(name, keyOf(kl, 4), ivb, PLAIN).toString('hex'), r.stdout.toString(), name);
  }
  t.false(binding.getCipherInfo('aes-128-cbc')?.variableKeyLength);
  t.is(binding.getCipherInfo('no-such-cipher'), undefined);
  t.like(binding.getCipherInfo('aes256'), { name: 'AES-256-CBC', keyLength: 32, ivLength: 16, blockSize: 16, mode: 'cbc' });
});

test('bytesToKey: EVP_BytesToKey(MD5, 1 round) as 0.10\'s createCipher: `openssl enc -P -md md5 -nosalt` agrees', (t) => {
  for (const [name, pass] of [['aes-256-cbc', 'secret'], ['aes-128-ecb', 'pw'], ['des-ede3-cbc', 'a longer passphrase'], ['bf-cbc', ''], ['rc4', 'k']] as const) {
    const [key, iv] = binding.bytesToKey(name, 'md5', Buffer.from(pass), null, 1);
    const out = openssl(['enc', ...LEGACY, '-' + name, '-P', '-md', 'md5', '-nosalt', '-pass', 'pass:' + pass]).toString();
    t.is(hex(key).toUpperCase(), /key=([0-9A-F]+)/.exec(out)?.[1] ?? '(none)', name);
    const ivm = /iv ?=([0-9A-F]+)/.exec(out);
    t.is(hex(iv).toUpperCase(), ivm ? ivm[1] : '', name + ' iv');
  }
  const salted = binding.bytesToKey('aes-128-cbc', 'sha256', Buffer.from('pw'), fromHex('0102030405060708'), 3);
  t.is(salted[0].length, 16);
  t.throws(() => binding.bytesToKey('aes-128-cbc', 'md5', Buffer.from('pw'), Buffer.alloc(4), 1), { instanceOf: RangeError });
  t.throws(() => binding.bytesToKey('aes-128-cbc', 'md5', Buffer.from('pw'), null, 0), { instanceOf: RangeError });
});

// ---- Sign / Verify ----

test.serial('Sign/Verify with openssl-generated keys (RSA, EC, DSA): openssl dgst verifies ours, we verify openssl\'s', (t) => {
  openssl(['genrsa', '-out', file('rsa.pem'), '2048']);
  openssl(['rsa', '-in', file('rsa.pem'), '-pubout', '-out', file('rsa.pub')]);
  openssl(['rsa', '-in', file('rsa.pem'), '-RSAPublicKey_out', '-out', file('rsa1.pub')]);
  openssl(['req', '-new', '-x509', '-key', file('rsa.pem'), '-subj', '/CN=n10', '-days', '2', '-out', file('rsa.crt')]);
  openssl(['rsa', '-in', file('rsa.pem'), '-traditional', '-aes128', '-passout', 'pass:hunter2', '-out', file('rsa-enc.pem')]);
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', file('ec.pem')]);
  openssl(['ec', '-in', file('ec.pem'), '-pubout', '-out', file('ec.pub')]);
  openssl(['dsaparam', '-genkey', '-out', file('dsa.pem'), '2048']);
  openssl(['dsa', '-in', file('dsa.pem'), '-pubout', '-out', file('dsa.pub')]);
  const data = Buffer.from('the data to sign\n'.repeat(100));
  writeFileSync(file('data'), data);
  const cases: Array<[string, string, string]> = [
    ['rsa.pem', 'rsa.pub', 'sha256'],
    ['rsa.pem', 'rsa.pub', 'sha1'],
    ['rsa.pem', 'rsa.pub', 'md5'],
    ['rsa.pem', 'rsa1.pub', 'RSA-SHA512'],
    ['rsa.pem', 'rsa.crt', 'sha256'],
    ['ec.pem', 'ec.pub', 'sha256'],
    ['dsa.pem', 'dsa.pub', 'sha256'],
  ];
  for (const [priv, pub, md] of cases) {
    const s = new binding.Sign();
    s.init(md);
    s.update(data, 0, 700);
    s.update(data, 700);
    const sig = s.sign(readFileSync(file(priv)), null);
    writeFileSync(file('sig'), sig);
    const dgst = md.replace(/^RSA-/, '').toLowerCase();
    const pubArgs = pub.endsWith('.crt') ? ['-verify', file('rsa.pub')] : pub === 'rsa1.pub' ? ['-verify', file('rsa.pub')] : ['-verify', file(pub)];
    t.regex(openssl(['dgst', '-' + dgst, ...pubArgs, '-signature', file('sig'), file('data')]).toString(), /Verified OK/, `${priv} ${md}`);
    // openssl's signature, verified here (and a tampered one refused)
    const theirs = openssl(['dgst', '-' + dgst, '-sign', file(priv), file('data')]);
    const v = new binding.Verify();
    v.init(md);
    v.update(data);
    t.true(v.verify(readFileSync(file(pub)), theirs), `${pub} ${md}`);
    const bad = Buffer.from(theirs);
    bad[bad.length >> 1] ^= 1;
    const v2 = new binding.Verify();
    v2.init(md);
    v2.update(data);
    t.false(v2.verify(readFileSync(file(pub)), bad), `${pub} ${md} tampered`);
    t.throws(() => v2.verify(readFileSync(file(pub)), theirs), { code: 'ERR_N10_STATE' });
  }
  // An encrypted key: with its passphrase; without one it fails, never prompting.
  const s = new binding.Sign();
  s.init('sha256');
  s.update(data);
  const sig = s.sign(readFileSync(file('rsa-enc.pem')), Buffer.from('hunter2'));
  t.true(host.verify('sha256', data, readFileSync(file('rsa.pub')), sig));
  for (const pass of [null, Buffer.from('wrong')]) {
    const s2 = new binding.Sign();
    s2.init('sha256');
    throwsCode(t, () => s2.sign(readFileSync(file('rsa-enc.pem')), pass), /^ERR_OSSL_/);
  }
});

test('Sign/Verify: unreadable keys throw OpenSSL\'s reason; state and argument errors', (t) => {
  const s = new binding.Sign();
  t.throws(() => s.update(Buffer.from('x')), { code: 'ERR_N10_STATE' });
  s.init('sha256');
  const err = throwsCode(t, () => s.sign(Buffer.from('-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n'), null), /^ERR_OSSL_/);
  t.regex(err.message, /^error:[0-9A-F]+:/);
  t.is(typeof err.opensslCode, 'number');
  const v = new binding.Verify();
  v.init('sha256');
  throwsCode(t, () => v.verify(Buffer.from('garbage'), new Uint8Array(8)), /^ERR_OSSL_/);
  t.throws(() => new binding.Sign().init('nope'), { code: 'ERR_N10_UNKNOWN_DIGEST' });
  t.throws(() => (binding.Sign.prototype.sign as (...a: unknown[]) => unknown).call(new binding.Verify(), Buffer.alloc(1), null), { instanceOf: TypeError });
  t.throws(() => (binding.Sign.prototype.sign as (...a: unknown[]) => unknown).call(new binding.Hash('sha1'), Buffer.alloc(1), null), { instanceOf: TypeError });
});

// ---- Diffie-Hellman arithmetic ----

test('modPow agrees with BigInt, and gives the host\'s Diffie-Hellman shared secret (modp14)', (t) => {
  const toBig = (u: Uint8Array): bigint => (u.length ? BigInt('0x' + hex(u)) : 0n);
  const pow = (b: bigint, e: bigint, m: bigint): bigint => {
    let r = 1n;
    b %= m;
    for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
    return r;
  };
  for (let i = 0; i < 20; i++) {
    const b = host.randomBytes(1 + i * 7);
    const e = host.randomBytes(1 + i * 5);
    const m = host.randomBytes(1 + i * 6);
    m[m.length - 1] |= i % 2; // odd and even moduli
    if (toBig(m) === 0n) continue;
    t.is(toBig(binding.modPow(b, e, m)), pow(toBig(b), toBig(e), toBig(m)));
  }
  t.is(binding.modPow(Uint8Array.of(5), Uint8Array.of(0), Uint8Array.of(7)).length, 1);
  t.is(binding.modPow(Uint8Array.of(7), Uint8Array.of(3), Uint8Array.of(7)).length, 0, 'zero is empty');
  t.throws(() => binding.modPow(Uint8Array.of(2), Uint8Array.of(3), Uint8Array.of(0)), { instanceOf: RangeError });

  const alice = host.getDiffieHellman('modp14');
  alice.generateKeys();
  const p = alice.getPrime();
  const priv = host.randomBytes(32);
  const pub = binding.modPow(Uint8Array.of(2), priv, p);
  const ours = Buffer.alloc(p.length);
  const s = binding.modPow(alice.getPublicKey(), priv, p);
  ours.set(s, p.length - s.length);
  t.deepEqual(ours, alice.computeSecret(pub));
});

test('generatePrime (sync and async) and checkPrime: safe primes p ≡ 11 mod 24 as DH with generator 2 wants; the host agrees they are prime', async (t) => {
  const toBig = (u: Uint8Array): bigint => BigInt('0x' + hex(u));
  const p = binding.generatePrime(256, true, Uint8Array.of(24), Uint8Array.of(11));
  const n = toBig(p);
  t.is(n.toString(2).length, 256);
  t.is(n % 24n, 11n);
  t.true(binding.checkPrime(p));
  t.true(host.checkPrimeSync(p));
  t.true(host.checkPrimeSync(Buffer.from(((n - 1n) / 2n).toString(16).padStart(64, '0'), 'hex')));
  t.true(binding.checkPrime(Uint8Array.of(0x01, 0x00, 0x01)), '65537');
  t.false(binding.checkPrime(Uint8Array.of(0x02, 0x31)), '561, a Carmichael number');
  t.false(binding.checkPrime(fromHex((n * 3n).toString(16).padStart(66, '0'))), '3p');
  const q = await new Promise<Uint8Array>((resolve, reject) =>
    binding.generatePrime(128, false, null, null, { oncomplete: (err, prime) => (err ? reject(err) : resolve(prime as Uint8Array)) }),
  );
  t.is(toBig(q).toString(2).length, 128);
  t.true(host.checkPrimeSync(q));
  throwsCode(t, () => binding.generatePrime(1, false), /^ERR_OSSL_/);
  t.throws(() => binding.generatePrime('64' as never, false), { instanceOf: TypeError });
});
