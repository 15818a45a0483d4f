// crypto.createHmac, Class: Hmac, hmac.update, hmac.digest: RFC 2202 (MD5, SHA-1) and RFC 4231
// (SHA-2) test vectors, and 0.10's key and state rules.
import test from 'ava';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';
import { fromHex, repeat } from './helpers/bytes';

const jefe = 'what do ya want for nothing?';
const cases: Array<[string, Buffer | string, string, string]> = [
  ['md5', repeat(0x0b, 16), 'Hi There', '9294727a3638bb1c13f48ef8158bfc9d'],
  ['md5', 'Jefe', jefe, '750c783e6ab0b503eaa86e310a5db738'],
  ['md5', repeat(0xaa, 16), repeat(0xdd, 50).toString('binary'), '56be34521d144c88dbb8c733f0e8b3f6'],
  ['md5', repeat(0xaa, 80), 'Test Using Larger Than Block-Size Key - Hash Key First', '6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd'],
  ['sha1', repeat(0x0b, 20), 'Hi There', 'b617318655057264e28bc0b6fb378c8ef146be00'],
  ['sha1', 'Jefe', jefe, 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79'],
  ['sha1', repeat(0xaa, 80), 'Test Using Larger Than Block-Size Key - Hash Key First', 'aa4ae5e15272d00e95705637ce8a3b55ed402112'],
  ['sha224', repeat(0x0b, 20), 'Hi There', '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22'],
  ['sha256', repeat(0x0b, 20), 'Hi There', 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
  ['sha256', 'Jefe', jefe, '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
  [
    'sha256',
    repeat(0xaa, 131),
    'Test Using Larger Than Block-Size Key - Hash Key First',
    '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  ],
  [
    'sha384',
    repeat(0x0b, 20),
    'Hi There',
    'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6',
  ],
  [
    'sha512',
    repeat(0x0b, 20),
    'Hi There',
    '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
  ],
  [
    'sha512',
    'Jefe',
    jefe,
    '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
  ],
];

for (const [alg, key, data, expected] of cases) {
  test(`crypto.createHmac('${alg}', key) RFC vector: ${data.slice(0, 24)}…`, (t) => {
    t.is(crypto.createHmac(alg, key).update(data).digest('hex'), expected);
  });
}

test('crypto.createHmac(algorithm, key): key is a Buffer or a binary string; errors as 0.10', (t) => {
  t.is(
    crypto.createHmac('md5', '\u00e9').digest('hex'),
    crypto.createHmac('md5', new Buffer([0xe9])).digest('hex'),
  );
  t.throws(() => crypto.createHmac('md5', 5 as unknown as string), { instanceOf: TypeError, message: 'Not a buffer' });
  t.throws(() => crypto.createHmac('md5', undefined as unknown as string), { instanceOf: TypeError, message: 'Not a buffer' });
  t.throws(() => crypto.createHmac('foo', 'k'), { message: 'hmac error' });
  t.throws(() => crypto.createHmac(5 as unknown as string, 'k'), { message: 'Must give hashtype string as argument' });
});

test('hmac.digest([encoding]): a second digest() is empty; update() afterwards throws', (t) => {
  const h = crypto.createHmac('sha1', 'k').update('x');
  t.is((h.digest('hex') as string).length, 40);
  t.is(h.digest('hex'), '');
  t.is((h.digest() as Buffer).length, 0);
  t.throws(() => h.update('y'), { instanceOf: TypeError, message: 'HmacUpdate fail' });
});

test('Class: Hmac is a stream like Hash, sharing its methods', (t) => {
  const h = crypto.createHmac('sha256', 'Jefe');
  h.end(jefe);
  t.is((h.read() as Buffer).toString('hex'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  t.is(crypto.Hmac.prototype.update as unknown, crypto.Hash.prototype.update);
  t.is(fromHex('00').length, 1);
});

test('hmac as a stream with setEncoding(base64): the digest comes out as one chunk, as 0.10 pushed it', (t) => {
  const m = crypto.createHmac('sha1', 'k');
  m.setEncoding('base64');
  const chunks: string[] = [];
  m.on('data', (s: string) => chunks.push(s));
  m.end('x');
  t.deepEqual(chunks, [crypto.createHmac('sha1', 'k').update('x').digest('base64')]);
  const h = crypto.createHash('sha256');
  h.setEncoding('base64');
  h.end('x');
  t.is(h.read(), crypto.createHash('sha256').update('x').digest('base64'));
});
