// crypto.createDiffieHellman, crypto.getDiffieHellman, Class: DiffieHellman and its methods.
import test from 'ava';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';

// RFC 2409 section 6.2, the second Oakley group (modp2), as the RFC prints it.
const MODP2 =
  'FFFFFFFF FFFFFFFF C90FDAA2 2168C234 C4C6628B 80DC1CD1 29024E08 8A67CC74 020BBEA6 3B139B22 514A0879 8E3404DD ' +
  'EF9519B3 CD3A431B 302B0A6D F25F1437 4FE1356D 6D51C245 E485B576 625E7EC6 F44C42E9 A637ED6B 0BFF5CB6 F406B7ED ' +
  'EE386BFB 5A899FA5 AE9F2411 7C4B1FE6 49286651 ECE65381 FFFFFFFF FFFFFFFF';

test('crypto.getDiffieHellman(group_name): RFC 2409/3526 primes, generator 2', (t) => {
  const g = crypto.getDiffieHellman('modp2');
  t.is(g.getPrime('hex'), MODP2.replace(/ /g, '').toLowerCase());
  t.is(g.getGenerator('hex'), '02');
  t.is((crypto.getDiffieHellman('MODP14').getPrime() as Buffer).length, 256);
  t.throws(() => crypto.getDiffieHellman('modp3'), { message: 'Unknown group' });
  t.throws(() => crypto.getDiffieHellman(undefined as unknown as string), { message: 'No group name given' });
  t.is((g as unknown as { setPublicKey?: unknown }).setPublicKey, undefined);
});

test('diffieHellman.generateKeys / computeSecret: both sides agree (manual example)', (t) => {
  const alice = crypto.getDiffieHellman('modp1');
  const bob = crypto.getDiffieHellman('modp1');
  alice.generateKeys();
  bob.generateKeys();
  const a = alice.computeSecret(bob.getPublicKey() as Buffer, null, 'hex');
  const b = bob.computeSecret(alice.getPublicKey() as Buffer, null, 'hex');
  t.is(a, b);
  t.is((a as string).length, 192);
  t.is((alice.getPrivateKey() as Buffer).length, 96);
});

test('crypto.createDiffieHellman(prime, [encoding]): only safe primes p ≡ 11 (mod 24) are accepted', (t) => {
  t.is(crypto.createDiffieHellman('8c7b', 'hex').getPrime('hex'), '8c7b');
  t.is(crypto.createDiffieHellman(new Buffer([11])).getPrime('hex'), '0b');
  for (const bad of [[23], [24], [0xff, 0xfb], []]) {
    t.throws(() => crypto.createDiffieHellman(new Buffer(bad)), { message: 'Initialization failed' });
  }
  t.throws(() => crypto.createDiffieHellman(crypto.getDiffieHellman('modp1').getPrime() as Buffer), { message: 'Initialization failed' });
});

test('crypto.createDiffieHellman(prime_length): a fresh safe prime of that length', (t) => {
  const d = crypto.createDiffieHellman(64);
  const p = d.getPrime() as Buffer;
  t.is(p.length, 8);
  t.true(p[0] >= 0x80);
  // accepted back as a prime: it passes the same checks
  t.notThrows(() => crypto.createDiffieHellman(p));
  t.is(crypto.createDiffieHellman(8).getPrime('hex'), '8c7b');
  t.throws(() => crypto.createDiffieHellman(0), { message: 'Initialization failed' });
});

test('diffieHellman.setPrivateKey / setPublicKey / getPublicKey / getPrivateKey with fixed keys', (t) => {
  const d = crypto.createDiffieHellman(new Buffer([0x8c, 0x7b]));
  t.throws(() => d.getPublicKey(), { message: 'No public key - did you forget to generate one?' });
  t.throws(() => d.getPrivateKey(), { message: 'No private key - did you forget to generate one?' });
  t.is(d.setPrivateKey(new Buffer([7])), d);
  t.is(d.generateKeys('hex'), '80'); // 2^7
  t.is((d.computeSecret(new Buffer([2])) as Buffer).toString('hex'), '0080'); // padded to the prime's length
  t.is(d.computeSecret('05', 'hex', 'hex'), '1837');
  t.throws(() => d.computeSecret(new Buffer([1])), { message: 'Supplied key is too small' });
  t.throws(() => d.computeSecret(new Buffer([0x8c, 0x7a])), { message: 'Supplied key is too large' });
  t.throws(() => d.computeSecret(5 as unknown as string), { instanceOf: TypeError, message: 'Not a buffer' });
  d.setPrivateKey(new Buffer([0, 3]));
  t.is(d.getPrivateKey('hex'), '03');
  d.setPublicKey('0102', 'hex');
  t.is(d.getPublicKey('hex'), '0102');
  t.throws(() => crypto.createDiffieHellman(new Buffer([11])).computeSecret(new Buffer([5])), { message: 'Invalid key' });
});
