// whirlpool, which n10 computes only on the binding's OpenSSL; expected values are node 0.10.19's.
import test from 'ava';
import fs from 'node:fs';
import path from 'node:path';
import crypto from '../src/index';
import { portableEnginesForced } from '../src/provider';

const native = !portableEnginesForced();

(native ? test : test.skip)('crypto.createHash(algorithm) and createHmac: whirlpool as in 0.10, listed by getHashes()', (t) => {
  t.is(
    crypto.createHash('whirlpool').update('abc').digest('hex'),
    '4e2448a4c6f486bb16b6562c73b4020bf3043e3a731bce721ae1b303d97e6d4c7181eebdb6c57e277d0e34957114cbd6c797fc9d95d8b582d225292076d4eef5',
  );
  t.is(
    crypto.createHmac('whirlpool', 'key').update('abc').digest('hex'),
    'cc54c8afbd90efeb6fc30b50853cd9ecb775f96f8bc6bc0282f86ebf398f4b32ce59ab14a347bb927997c17fdf4dac791d8a87a9faba4b00e2ab7febaea35c88',
  );
  t.is(crypto.getHashes()[crypto.getHashes().length - 1], 'whirlpool');
  t.throws(() => crypto.createHash('WHIRLPOOL'), { message: 'Digest method not supported' });
});

(native ? test : test.skip)('sign.sign(private_key): whirlpool signs nothing, as OpenSSL 1.0.1 refused every key for it', (t) => {
  const key = fs.readFileSync(path.join(__dirname, 'fixtures/rsa_private.pem'), 'utf8');
  t.is(crypto.createSign('whirlpool').update('abc').sign(key, 'hex'), '');
});
