// sign.sign / verifier.verify with EC keys (ECDSA on P-256 here; P-384, P-521 and secp256k1 are
// cross-checked against the oracle in conformance crypto/ecdsa): 0.10 signed with them for the
// SHA-1/SHA-2 names and ecdsa-with-SHA1, not for MD5 or the DSS names.
import test from 'ava';
import crypto from '../src/index';
import { clearErrors } from '../src/errors';
import * as keys from './helpers/keys';

test('verifier.verify(object, signature): an ECDSA signature node 0.10 made', (t) => {
  const sig =
    '30440220675f4d656c4e8849c751237b04ca88bbd5c50ff019bbd3ea342e3c4a5a68eb6602200b23eabd3fad5d586c2bb41088c98ca9445e9e2fc6974b2474233408bd52340b';
  t.true(crypto.createVerify('sha256').update('n10 ecdsa').verify(keys.ecPublic, sig, 'hex'));
  t.false(crypto.createVerify('sha256').update('n10 ecdsa!').verify(keys.ecPublic, sig, 'hex'));
  t.false(crypto.createVerify('sha256').update('n10 ecdsa').verify(keys.ecPublic, sig.slice(0, 20), 'hex'));
});

test('sign.sign(private_key): ECDSA with the digests 0.10 allowed for EC keys', (t) => {
  for (const d of ['sha1', 'sha256', 'sha384', 'sha512', 'ecdsa-with-SHA1', 'RSA-SHA256']) {
    const sig = crypto.createSign(d).update('data').sign(keys.ecPrivate, 'hex') as string;
    t.true(sig.length > 0, d);
    t.true(crypto.createVerify(d).update('data').verify(keys.ecPublic, sig, 'hex'), d);
  }
  for (const d of ['md5', 'dss1', 'ripemd160']) t.is(crypto.createSign(d).update('data').sign(keys.ecPrivate, 'hex'), '', d);
  clearErrors();
});
