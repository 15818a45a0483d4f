// Diffie-Hellman against the host node's OpenSSL: the same prime and private key give the same
// public key, and each side's secret from the other's public key is the same.
import test from 'ava';
import * as host from 'node:crypto';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';

test('DiffieHellman agrees with the host OpenSSL (modp2, modp14, a generated 512-bit prime) with fixed private keys', (t) => {
  // group objects have no setters in 0.10: their handle takes the fixed private key
  const parties = [
    () => crypto.getDiffieHellman('modp2'),
    () => crypto.getDiffieHellman('modp14'),
    ((p: Buffer) => () => crypto.createDiffieHellman(p))(crypto.createDiffieHellman(512).getPrime() as Buffer),
  ];
  for (const make of parties) {
    const ours = make();
    const prime = ours.getPrime('hex') as string;
    const x = host.randomBytes(prime.length / 4).toString('hex');
    const theirs = host.createDiffieHellman(prime, 'hex', '02', 'hex');
    theirs.setPrivateKey(x, 'hex');
    const theirPub = theirs.generateKeys('hex');
    ours._binding.setPrivateKey(new Buffer(x, 'hex'));
    const ourPub = ours.generateKeys('hex') as string;
    t.is(ourPub, theirPub.replace(/^(00)+/, ''));
    const other = host.createDiffieHellman(prime, 'hex', '02', 'hex');
    const otherPub = other.generateKeys('hex');
    t.is(ours.computeSecret(otherPub, 'hex', 'hex'), other.computeSecret(ourPub, 'hex', 'hex'));
  }
});
