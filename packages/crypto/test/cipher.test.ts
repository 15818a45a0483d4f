// crypto.createCipheriv / createDecipheriv / createCipher / createDecipher, Class: Cipher and
// Decipher: NIST SP 800-38A and FIPS 197 vectors for AES in each mode, FIPS 46 / Schneier /
// RC4 vectors for the others, EVP_BytesToKey, padding and 0.10's errors.
import test from 'ava';
import crypto from '../src/index';
import { clearErrors } from '../src/errors';
import { Buffer } from '@n10/buffer';
import { fromHex, pseudo } from './helpers/bytes';

const KEY = fromHex('2b7e151628aed2a6abf7158809cf4f3c');
const IV = fromHex('000102030405060708090a0b0c0d0e0f');
const P1 = fromHex('6bc1bee22e409f96e93d7e117393172a');

function encrypt(name: string, key: Buffer, iv: Buffer | string, data: Buffer, pad = true): string {
  const c = crypto.createCipheriv(name, key, iv);
  c.setAutoPadding(pad);
  return (c.update(data, undefined, 'hex') as string) + (c.final('hex') as string);
}

function decrypt(name: string, key: Buffer, iv: Buffer | string, hexData: string, pad = true): string {
  const d = crypto.createDecipheriv(name, key, iv);
  d.setAutoPadding(pad);
  return (d.update(hexData, 'hex', 'hex') as string) + (d.final('hex') as string);
}

const sp80038a: Array<[string, Buffer | string, string]> = [
  ['aes-128-ecb', '', '3ad77bb40d7a3660a89ecaf32466ef97'],
  ['aes-128-cbc', IV, '7649abac8119b246cee98e9b12e9197d'],
  ['aes-128-cfb', IV, '3b3fd92eb72dad20333449f8e83cfb4a'],
  ['aes-128-ofb', IV, '3b3fd92eb72dad20333449f8e83cfb4a'],
  ['aes-128-ctr', fromHex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), '874d6191b620e3261bef6864990db6ce'],
  ['aes-128-cfb8', IV, '3b79424c9c0dd436bace9e0ed4586a4f'],
];

for (const [name, iv, expected] of sp80038a) {
  test(`crypto.createCipheriv('${name}') NIST SP 800-38A F.* first block`, (t) => {
    t.is(encrypt(name, KEY, iv, P1, false), expected);
    t.is(decrypt(name, KEY, iv, expected, false), P1.toString('hex'));
  });
}

test("crypto.createCipheriv('aes-192-ecb' / 'aes-256-ecb'): FIPS 197 appendix C", (t) => {
  const pt = fromHex('00112233445566778899aabbccddeeff');
  t.is(encrypt('aes-192-ecb', fromHex('000102030405060708090a0b0c0d0e0f1011121314151617'), '', pt, false), 'dda97ca4864cdfe06eaf70a0ec0d7191');
  t.is(
    encrypt('aes-256-ecb', fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'), '', pt, false),
    '8ea2b7ca516745bfeafc49904b496089',
  );
});

test("crypto.createCipheriv('des-ecb' / 'bf-ecb' / 'idea-ecb' / 'rc4'): published vectors", (t) => {
  t.is(encrypt('des-ecb', fromHex('133457799bbcdff1'), '', fromHex('0123456789abcdef'), false), '85e813540f0ab405');
  t.is(encrypt('bf-ecb', fromHex('0000000000000000'), '', fromHex('0000000000000000'), false), '4ef997456198dd78');
  t.is(encrypt('bf-ecb', fromHex('0123456789abcdef'), '', fromHex('1111111111111111'), false), '61f9c3802281b096');
  t.is(encrypt('idea-ecb', fromHex('00010002000300040005000600070008'), '', fromHex('0000000100020003'), false), '11fbed2b01986de5');
  t.is(encrypt('rc4', new Buffer('Key'), '', new Buffer('Plaintext')), 'bbf316e8d940af0ad3');
  t.is(encrypt('rc4', new Buffer('Wiki'), '', new Buffer('pedia')), '1021bf0420');
  t.is(encrypt('rc4', new Buffer('Secret'), '', new Buffer('Attack at dawn')), '45a01f645fc35b383552544b9bf5');
});

test('crypto.createCipher(algorithm, password): EVP_BytesToKey(MD5, one round) key and IV', (t) => {
  // The key and IV createCipher('aes-128-cbc', 'pw') uses are MD5('pw') and MD5(MD5('pw') || 'pw').
  const k = crypto.createHash('md5').update('pw').digest() as Buffer;
  const iv = crypto.createHash('md5').update(k).update('pw').digest() as Buffer;
  const a = crypto.createCipher('aes-128-cbc', 'pw');
  const b = crypto.createCipheriv('aes-128-cbc', k, iv);
  t.is((a.update('hello', 'utf8', 'hex') as string) + a.final('hex'), (b.update('hello', 'utf8', 'hex') as string) + b.final('hex'));
  t.is(crypto.createCipher('aes-128-cbc', 'pw').final('hex'), 'afa2f8d449fd36801a7d6f5d62d23bd3');
});

test('cipher.update / decipher.update: any split of the input gives the same result', (t) => {
  const data = pseudo(1000, 9);
  const key = pseudo(32, 3);
  for (const name of ['aes-256-cbc', 'aes-128-ctr', 'aes-192-cfb', 'aes-128-cfb8', 'aes-128-cfb1', 'aes-256-ofb', 'des-ede3-cbc', 'bf-cbc', 'rc4', 'desx', 'idea-cfb']) {
    const spec = name.startsWith('aes') ? 16 : 8;
    const kl = /^aes-128/.test(name) ? 16 : /^aes-192/.test(name) ? 24 : /^aes-256|des-ede3|desx/.test(name) ? 32 : 16;
    const k = key.slice(0, name === 'des-ede3-cbc' || name === 'desx' ? 24 : kl);
    const iv = name === 'rc4' ? '' : pseudo(spec, 4);
    const whole = encrypt(name, k, iv, data);
    const c = crypto.createCipheriv(name, k, iv);
    let hex = '';
    for (let p = 0, step = 1; p < data.length; p += step, step = (step * 7 + 3) % 97) hex += c.update(data.slice(p, p + step), undefined, 'hex');
    hex += c.final('hex');
    t.is(hex, whole, name);
    t.is(decrypt(name, k, iv, whole), data.toString('hex'), name);
  }
});

test('cipher.setAutoPadding(auto_padding=true): without padding the input must be whole blocks', (t) => {
  const k = pseudo(16, 1);
  t.is(encrypt('aes-128-ecb', k, '', pseudo(32, 2), false).length, 64);
  t.throws(() => encrypt('aes-128-ecb', k, '', pseudo(33, 2), false), {
    instanceOf: TypeError,
    message: 'error:0607F08A:digital envelope routines:EVP_EncryptFinal_ex:data not multiple of block length',
  });
  const c = crypto.createCipheriv('aes-128-ecb', k, '');
  t.is(c.setAutoPadding(), c);
});

test('decipher.final(): bad padding and short input throw 0.10 errors; final twice throws', (t) => {
  clearErrors();
  const k = pseudo(16, 1);
  const d = crypto.createDecipheriv('aes-128-cbc', k, pseudo(16, 2));
  d.update(pseudo(32, 5));
  t.throws(() => d.final(), { instanceOf: TypeError, message: 'error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt' });
  t.throws(() => d.final(), { instanceOf: TypeError, message: 'error:00000000:lib(0):func(0):reason(0)' });
  const e = crypto.createDecipheriv('aes-128-cbc', k, pseudo(16, 2));
  e.update(pseudo(31, 5));
  t.throws(() => e.final(), { message: 'error:0606506D:digital envelope routines:EVP_DecryptFinal_ex:wrong final block length' });
});

test('crypto.createCipheriv: key and IV length checks', (t) => {
  clearErrors();
  t.throws(() => crypto.createCipheriv('aes-128-cbc', pseudo(15, 1), pseudo(16, 1)), {
    message: 'error:0607A082:digital envelope routines:EVP_CIPHER_CTX_set_key_length:invalid key length',
  });
  t.throws(() => crypto.createCipheriv('aes-128-cbc', pseudo(16, 1), pseudo(8, 1)), { message: 'error:00000000:lib(0):func(0):reason(0)' });
  t.throws(() => crypto.createCipheriv('nope', pseudo(16, 1), pseudo(16, 1)), { message: 'error:00000000:lib(0):func(0):reason(0)' });
  t.throws(() => crypto.createCipheriv('aes-128-cbc', pseudo(16, 1), undefined as never), { message: 'Must give cipher-type, key, and iv as argument' });
  t.throws(() => crypto.createCipher('aes-128-cbc', undefined as never), { message: 'Must give cipher-type, key' });
  // variable-length keys
  t.notThrows(() => crypto.createCipheriv('bf-cbc', pseudo(5, 1), pseudo(8, 1)));
  t.notThrows(() => crypto.createCipheriv('rc4', pseudo(40, 1), ''));
});

test('cipher.update(data, input_encoding, output_encoding): split characters and base64 groups come out whole', (t) => {
  const k = pseudo(16, 1);
  const iv = pseudo(16, 2);
  const e = crypto.createCipheriv('aes-128-ctr', k, iv).update(new Buffer('h\u00e9llo', 'utf8')) as Buffer;
  const d = crypto.createDecipheriv('aes-128-ctr', k, iv);
  t.deepEqual([d.update(e.slice(0, 2), 'buffer', 'utf8'), d.update(e.slice(2), 'buffer', 'utf8'), d.final('utf8')], ['h', '\u00e9llo', '']);
  const c = crypto.createCipheriv('aes-128-ctr', k, iv);
  const b64 = (c.update('abcd', 'binary', 'base64') as string) + (c.update('ef', 'binary', 'base64') as string) + c.final('base64');
  t.is(b64, new Buffer(encrypt('aes-128-ctr', k, iv, new Buffer('abcdef')), 'hex').toString('base64'));
  const x = crypto.createCipheriv('aes-128-ctr', k, iv);
  x.update('ab', 'binary', 'hex');
  let caught: { name?: string; message?: string } = {};
  try {
    x.update('ab', 'binary', 'base64');
  } catch (e) {
    caught = e as { name: string; message: string };
  }
  t.is(caught.name, 'AssertionError');
  t.is(caught.message, 'Cannot change encoding');
});

test('Class: Cipher / Class: Decipher are LazyTransform streams', (t) => {
  const k = pseudo(16, 1);
  const iv = pseudo(16, 2);
  const c = crypto.createCipheriv('aes-128-cbc', k, iv);
  c.write('abc');
  c.end();
  const ct = c.read() as Buffer;
  t.is(ct.toString('hex'), encrypt('aes-128-cbc', k, iv, new Buffer('abc', 'binary')));
  const d = crypto.createDecipheriv('aes-128-cbc', k, iv);
  d.end(ct);
  t.is((d.read() as Buffer).toString(), 'abc');
  t.is(crypto.Decipher.prototype.finaltol, crypto.Decipher.prototype.final);
  t.true(crypto.getCiphers().includes('aes-256-cbc'));
});

test('decipher.finaltol(): final under its old name, also on the binding object as in 0.10', (t) => {
  const c = crypto.createCipher('aes128', 'k');
  const enc = Buffer.concat([c.update('abc') as Buffer, c.final() as Buffer]);
  const d = crypto.createDecipher('aes128', 'k');
  d.update(enc);
  t.is(d._binding.finaltol().toString(), 'abc');
  t.true(Object.keys(Object.getPrototypeOf(d._binding)).indexOf('finaltol') >= 0);
  t.is(Object.keys(Object.getPrototypeOf(crypto.createCipher('aes128', 'k')._binding)).indexOf('finaltol'), -1);
});
