// crypto.createHash, Class: Hash, hash.update, hash.digest: the standards' test vectors
// (FIPS 180-2 appendices, RFC 1321, RFC 1320, the RIPEMD-160 page) and 0.10's handle rules.
import test from 'ava';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';
import { repeat } from './helpers/bytes';

const ABC448 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
const ABC896 =
  'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu';

const vectors: Array<[string, string, string]> = [
  ['md5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['md5', 'a', '0cc175b9c0f1b6a831c399e269772661'],
  ['md5', 'abc', '900150983cd24fb0d6963f7d28e17f72'],
  ['md5', 'message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
  ['md5', 'abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
  ['md5', '1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
  ['md4', '', '31d6cfe0d16ae931b73c59d7e0c089c0'],
  ['md4', 'a', 'bde52cb31de33e46245e05fbdbd6fb24'],
  ['md4', 'abc', 'a448017aaf21d8525fc10ae87aa6729d'],
  ['md4', 'message digest', 'd9130a8164549fe818874806e1c7014b'],
  ['md4', '1234567890'.repeat(8), 'e33b4ddc9c38f2199c3e7b164fcc0536'],
  ['sha', 'abc', '0164b8a914cd2a5e74c4f7ff082c4d97f1edf880'],
  // MDC-2 as OpenSSL (and so node 0.10) computed it: zero padding, 0x52…/0x25… start values
  ['mdc2', '', '52525252525252522525252525252525'],
  ['mdc2', 'abc', '3ff42120ee863f5d910cf2ee5064f82f'],
  ['mdc2', '0123456789abcdef', '61ef4e0d0bd313188002eac4d8af39f2'],
  ['sha1', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['sha1', ABC448, '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ['sha224', 'abc', '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
  ['sha224', ABC448, '75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525'],
  ['sha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['sha256', ABC448, '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  [
    'sha384',
    'abc',
    'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
  ],
  [
    'sha384',
    ABC896,
    '09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039',
  ],
  [
    'sha512',
    'abc',
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  ],
  [
    'sha512',
    ABC896,
    '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
  ],
  ['ripemd160', '', '9c1185a5c5e9fc54612808977ee8f548b2258d31'],
  ['ripemd160', 'a', '0bdc9d2d256b3ee9daae347be6f4dc835a467ffe'],
  ['ripemd160', 'abc', '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc'],
  ['ripemd160', 'message digest', '5d0689ef49d2fae572b881b123a85ffa21595f36'],
  ['ripemd160', '1234567890'.repeat(8), '9b752e45573d4b39f4dbd3323cab82bf63326bfb'],
];

for (const [alg, input, expected] of vectors) {
  test(`crypto.createHash('${alg}') test vector ${JSON.stringify(input.slice(0, 20))}`, (t) => {
    t.is(crypto.createHash(alg).update(input).digest('hex'), expected);
    // byte at a time gives the same
    const h = crypto.createHash(alg);
    for (let i = 0; i < input.length; i++) h.update(input[i]);
    t.is(h.digest('hex'), expected);
  });
}

test('crypto.createHash: a million "a" (FIPS 180-2, RFC 1321 style long messages)', (t) => {
  const a = repeat(0x61, 1000000);
  t.is(crypto.createHash('sha1').update(a).digest('hex'), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  t.is(
    crypto.createHash('sha256').update(a).digest('hex'),
    'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
  );
  t.is(crypto.createHash('md5').update(a).digest('hex'), '7707d6ae4e027c70eea2a935c2296f21');
});

test('crypto.createHash(algorithm): aliases resolve as in OpenSSL 1.0.1, names are case-sensitive', (t) => {
  t.is(crypto.createHash('RSA-SHA256').update('abc').digest('hex').slice(0, 8), 'ba7816bf');
  t.is(crypto.createHash('dss1').update('abc').digest('hex').slice(0, 8), 'a9993e36');
  t.is(crypto.createHash('rmd160').update('abc').digest('hex').slice(0, 8), '8eb208f7');
  t.throws(() => crypto.createHash('rsa-sha256'), { message: 'Digest method not supported' });
  t.throws(() => crypto.createHash('Sha256'), { message: 'Digest method not supported' });
  t.throws(() => crypto.createHash('constructor'), { message: 'Digest method not supported' });
  t.throws(() => crypto.createHash(undefined as unknown as string), { message: 'Must give hashtype string as argument' });
});

test('hash.update(data, [input_encoding]): strings default to binary; utf8, ascii, hex, base64, ucs2', (t) => {
  const md5 = (data: string, enc?: string) => crypto.createHash('md5').update(data, enc).digest('hex');
  t.is(md5('\u00e9'), md5('\u00e9', 'binary'));
  t.is(md5('\u00e9', 'utf8'), crypto.createHash('md5').update(new Buffer([0xc3, 0xa9])).digest('hex'));
  t.is(md5('616263', 'hex'), md5('abc'));
  t.is(md5('YWJj', 'base64'), md5('abc'));
  t.is(md5('\u00e9', 'BOGUS'), md5('\u00e9', 'binary'));
  t.throws(() => md5('abc', 'hex'), { instanceOf: TypeError, message: 'Bad input string' });
  t.throws(() => crypto.createHash('md5').update(5 as unknown as string), { instanceOf: TypeError, message: 'Not a string or buffer' });
  const h = crypto.createHash('md5');
  t.is(h.update('a'), h);
});

test('hash.digest([encoding]): SlowBuffer by default; hex, binary, base64; once only', (t) => {
  const d = crypto.createHash('md5').update('abc').digest();
  t.true(Buffer.isBuffer(d));
  t.is(d.constructor.name, 'SlowBuffer');
  t.is(crypto.createHash('md5').update('abc').digest('base64'), 'kAFQmDzST7DWlj99KOF/cg==');
  t.is(crypto.createHash('md5').update('abc').digest('binary'), new Buffer('900150983cd24fb0d6963f7d28e17f72', 'hex').toString('binary'));
  t.true(Buffer.isBuffer(crypto.createHash('md5').digest('bogus')));
  const h = crypto.createHash('sha1');
  h.digest();
  t.throws(() => h.digest(), { message: 'Not initialized' });
  t.throws(() => h.update('x'), { instanceOf: TypeError, message: 'HashUpdate fail' });
});

test('Class: Hash is a lazily built Transform stream: write/end then read()', (t) => {
  const h = crypto.createHash('sha256');
  t.deepEqual(Object.keys(h), ['_binding', '_options']);
  h.write('ab');
  h.end('c');
  t.is((h.read() as Buffer).toString('hex'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  t.is(h._writableState.defaultEncoding, 'binary');
  t.false(h._writableState.decodeStrings);
  t.true(crypto.Hash('md5') instanceof crypto.Hash);
  t.is(crypto.createHash, crypto.Hash);
});

test('crypto.DEFAULT_ENCODING applies to digest() and string input', (t) => {
  crypto.DEFAULT_ENCODING = 'hex';
  try {
    t.is(crypto.createHash('md5').update('616263').digest() as unknown, '900150983cd24fb0d6963f7d28e17f72');
  } finally {
    crypto.DEFAULT_ENCODING = 'buffer';
  }
});

test('crypto.getHashes(): 0.10 names, sorted as 0.10 listed them', (t) => {
  const names = crypto.getHashes();
  t.true(names.includes('sha256'));
  t.true(names.includes('RSA-SHA256') === false);
  t.true(names.includes('rsa-sha256'));
  t.deepEqual(names.slice(0, 3), ['DSA-SHA1-old', 'dsa', 'dsa-sha']);
});
