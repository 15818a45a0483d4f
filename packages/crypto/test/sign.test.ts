// crypto.createSign / createVerify, Class: Sign / Verify, sign.update, sign.sign,
// verifier.update, verifier.verify: RSA PKCS #1 v1.5 and DSA with committed keys.
import test from 'ava';
import crypto from '../src/index';
import { clearErrors } from '../src/errors';
import { Buffer } from '@n10/buffer';
import * as keys from './helpers/keys';

function sign(alg: string, key: string, data: string | Buffer = 'abc', enc = 'hex'): string {
  const s = crypto.createSign(alg);
  s.update(data);
  return s.sign(key, enc) as string;
}

function verify(alg: string, key: string, sig: string, data: string | Buffer = 'abc'): boolean {
  const v = crypto.createVerify(alg);
  v.update(data);
  return v.verify(key, sig, 'hex');
}

test('sign.sign(private_key): RSA PKCS#1 v1.5 is deterministic and verifies with SPKI, PKCS#1 public key and certificate', (t) => {
  for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160', 'md4', 'sha', 'RSA-SHA256']) {
    const sig = sign(alg, keys.rsaPrivate);
    t.is(sig.length, 256, alg);
    t.is(sign(alg, keys.rsaPrivatePkcs8), sig, alg);
    t.true(verify(alg, keys.rsaPublic, sig), alg);
    t.true(verify(alg, keys.rsaPublicPkcs1, sig), alg);
    t.true(verify(alg, keys.rsaCert, sig), alg);
    t.false(verify(alg, keys.rsaPublic, sig, 'abd'), alg);
  }
});

test('verifier.verify(object, signature, [signature_format]): tampering and wrong keys give false', (t) => {
  const sig = sign('sha256', keys.rsaPrivate);
  t.false(verify('sha256', keys.rsaPublic, sig.replace(/^../, 'ff')));
  t.false(verify('sha256', keys.rsaPublic, sig + '00'));
  t.false(verify('sha1', keys.rsaPublic, sig));
  t.false(verify('sha256', keys.dsaPublic, sig));
  t.false(verify('sha256', keys.rsaPrivate, sig)); // a private key is not a certificate
  t.false(verify('sha256', ' ' + keys.rsaPublic, sig));
  const v = crypto.createVerify('sha256');
  v.update('abc');
  t.true(v.verify(keys.rsaPublic, new Buffer(sig, 'hex')));
  t.false(v.verify(keys.rsaPublic, new Buffer(sig, 'hex')), 'spent after the first verify');
  t.throws(() => crypto.createVerify('sha1').verify(5 as never, sig), { instanceOf: TypeError, message: 'Not a buffer' });
  t.throws(() => crypto.createVerify('sha1').verify(keys.rsaPublic, 5 as never), { instanceOf: TypeError, message: 'Not a string or buffer' });
});

test('DSA: dss1 and SHA-1/SHA-2 names sign with a DSA key; MD5 and ecdsa names do not', (t) => {
  for (const alg of ['dss1', 'DSA-SHA1', 'DSA', 'sha1', 'sha256']) {
    const sig = sign(alg, keys.dsaPrivate);
    t.true(sig.length > 80, alg);
    t.not(sign(alg, keys.dsaPrivate), sig, 'a fresh k each time');
    t.true(verify(alg, keys.dsaPublic, sig), alg);
    t.true(verify(alg, keys.dsaPublic, sign(alg, keys.dsaPrivatePkcs8)), alg);
    t.false(verify(alg, keys.dsaPublic, sig, 'abd'), alg);
  }
  t.is(sign('md5', keys.dsaPrivate), '');
  t.is(sign('ecdsa-with-SHA1', keys.dsaPrivate), '');
  t.is(sign('dss1', keys.rsaPrivate), '');
});

test('sign.sign: unreadable or unsuitable keys give an empty signature, as in 0.10', (t) => {
  t.is(sign('sha1', 'garbage'), '');
  t.is(sign('sha1', keys.rsaPublic), '');
  t.is(sign('sha1', keys.rsaPrivateEncrypted), '');
  t.is(sign('sha512', keys.rsa512Private), '', 'DigestInfo longer than the modulus allows');
  t.is(sign('md5', keys.ecPrivate), '', 'MD5 signs with RSA keys only');
  clearErrors(); // the failures above leave OpenSSL's errors queued, as 0.10 did
  const s = crypto.createSign('sha1');
  t.is((s.sign(keys.rsaPrivate) as Buffer).length, 128);
  t.is((s.sign(keys.rsaPrivate) as Buffer).length, 0);
  t.throws(() => s.update('x'), { instanceOf: TypeError, message: 'SignUpdate fail' });
  t.throws(() => crypto.createSign('sha1').sign(undefined as never), { instanceOf: TypeError, message: 'Not a buffer' });
});

test('crypto.createSign(algorithm) / crypto.createVerify(algorithm): names and errors', (t) => {
  t.throws(() => crypto.createSign('foo'), { message: 'SignInit error' });
  t.throws(() => crypto.createVerify('foo'), { message: 'VerifyInit error' });
  t.throws(() => crypto.createSign(undefined as never), { message: 'Must give signtype string as argument' });
  t.throws(() => crypto.createVerify(undefined as never), { message: 'Must give verifytype string as argument' });
});

test('Class: Sign / Class: Verify are Writable streams (strings written as utf8 by default)', (t) => {
  const s = crypto.createSign('sha1');
  s.write('\u00e9', 'binary');
  s.end();
  t.is(s.sign(keys.rsaPrivate, 'hex'), sign('sha1', keys.rsaPrivate, '\u00e9'));
  const v = crypto.createVerify('sha1');
  v.end('abc');
  t.true(v.verify(keys.rsaPublic, sign('sha1', keys.rsaPrivate), 'hex'));
  t.is(s._writableState.defaultEncoding, 'utf8');
  t.is(crypto.Verify.prototype.update as unknown, crypto.Sign.prototype.update);
});
