// Ciphers n10 runs only on the binding's OpenSSL (CAST5, Camellia, RC2, SEED, XTS, GCM), and the
// stitched AES-CBC-HMAC-SHA1; expected bytes and errors are node 0.10.19's.
import test from 'ava';
import crypto from '../src/index';
import { portableEnginesForced } from '../src/provider';

const native = !portableEnginesForced();

function enc(name: string, key: string, iv: string, text: string): string {
  const c = crypto.createCipheriv(name, key, iv);
  return (c.update(text, 'utf8', 'hex') as string) + (c.final('hex') as string);
}

(native ? test : test.skip)('crypto.createCipheriv(algorithm, key, iv): CAST5, RC2 (variable keys), Camellia, SEED as 0.10', (t) => {
  t.is(enc('cast5-cbc', '12345', '12345678', 'hello world 1234567890'), 'd52bc9725d90dceb590634c42f7cbcf8d8444d140804c138');
  t.is(enc('rc2-cbc', '12345678901234567890123456789012', '12345678', 'hello world 1234567890'), '0b5132706641922e875f0007d0f2fda8991f5fbed89ec308');
  t.is(enc('rc2-40-cbc', '1234567890123456', '12345678', 'hello world 1234567890'), '8a1fd0ae76f7e58056526b6035a3791ac173a65d374bd712');
  t.is(enc('camellia-256-ecb', '12345678901234567890123456789012', '', 'hello world 1234567890'), 'f6dc98a41759d9212c6fb61b789efd47a8e421fcfc881590d6db397b42442ff7');
  t.is(enc('CAMELLIA-128-CFB1', '1234567890123456', '1234567890123456', 'hello world 1234567890'), '700f7588223edf1b7e228f79003d4680b9bd44d74d3b');
  t.is(enc('seed-ofb', '1234567890123456', '1234567890123456', 'hello world 1234567890'), 'd904baa4092bb07b875da760bb46ce2e11fb0262250c');
  for (const n of ['cast5-cbc', 'CAST-cbc', 'CAST', 'camellia128', 'rc2', 'seed', 'aes-128-xts', 'id-aes128-GCM', 'aes-128-cbc-hmac-sha1']) {
    t.true(crypto.getCiphers().indexOf(n) >= 0 || n === 'CAST', n);
    t.notThrows(() => crypto.createCipher(n, 'p'), n);
  }
  t.throws(() => crypto.createCipher('CAST-CBC', 'p'), { message: 'error:00000000:lib(0):func(0):reason(0)' });
});

(native ? test : test.skip)('crypto.createCipher(algorithm, password): GCM encrypts without a tag, its decipher fails at final; XTS per update', (t) => {
  const g = crypto.createCipheriv('aes-128-gcm', 'kkkkkkkkkkkkkkkk', 'iiiiiiiiiiii');
  t.is(g.update('hello world 1234567890', 'utf8', 'hex'), '75814a67739d962b691b00f1c021367e55c1e591d00a');
  t.is(g.final('hex'), '');
  const d = crypto.createDecipher('aes-128-gcm', 'p');
  t.is(d.update('00112233445566778899aabbccddeeff00', 'hex', 'hex'), '6fa17d843dbb7f749c51a6b30e252e3316');
  t.throws(() => d.final(), { instanceOf: TypeError, message: 'error:00000000:lib(0):func(0):reason(0)' });
  t.throws(() => crypto.createCipheriv('aes-128-gcm', '1234567890123456', '1234567890123456'), { message: 'error:00000000:lib(0):func(0):reason(0)' });
  const x = crypto.createCipher('aes-128-xts', 'p');
  t.is(x.update('hello world 1234567890', 'utf8', 'hex'), '88a41797eef0413ec5efcaf2b22a9f6e734b35401309');
  t.is(x.update('hello world 1234567890', 'utf8', 'hex'), '88a41797eef0413ec5efcaf2b22a9f6e734b35401309');
  t.throws(() => crypto.createCipher('aes-128-xts', 'p').update('short'), { instanceOf: TypeError, message: 'error:00000000:lib(0):func(0):reason(0)' });
});

test('crypto.createCipher(algorithm, password): aes-*-cbc-hmac-sha1 encrypts as AES-CBC; decrypting fails as in 0.10', (t) => {
  const c = crypto.createCipher('aes-128-cbc-hmac-sha1', 'p');
  t.is((c.update('hello world 1234567890', 'utf8', 'hex') as string) + (c.final('hex') as string), '157028db7b74adea8307bfdae5c780629e6ae09e5a8141052583e8d2c3940955');
  const d = crypto.createDecipher('aes-256-cbc-hmac-sha1', 'p');
  t.throws(() => d.update('00112233445566778899aabbccddeeff'), { instanceOf: TypeError, message: 'error:00000000:lib(0):func(0):reason(0)' });
});
