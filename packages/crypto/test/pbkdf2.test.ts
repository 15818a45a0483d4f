// crypto.pbkdf2 and crypto.pbkdf2Sync: RFC 6070 (PBKDF2-HMAC-SHA1) vectors and 0.10's checks.
import test from 'ava';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';

const rfc6070: Array<[string, string, number, number, string]> = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\u0000word', 'sa\u0000lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
];

for (const [p, s, c, len, expected] of rfc6070) {
  test(`crypto.pbkdf2Sync(password, salt, iterations, keylen): RFC 6070 c=${c} dkLen=${len}`, (t) => {
    t.is((crypto.pbkdf2Sync(p, s, c, len) as Buffer).toString('hex'), expected);
  });
}

test('crypto.pbkdf2Sync: argument checks as 0.10', (t) => {
  t.throws(() => crypto.pbkdf2Sync('p', 's', -1, 8), { instanceOf: TypeError, message: 'Bad iterations' });
  t.throws(() => crypto.pbkdf2Sync('p', 's', 1, -1), { instanceOf: TypeError, message: 'Bad key length' });
  t.throws(() => crypto.pbkdf2Sync('p', 's', '1' as unknown as number, 8), { message: 'Iterations not a number' });
  t.throws(() => crypto.pbkdf2Sync('p', 's', 1, '8' as unknown as number), { message: 'Key length not a number' });
  t.throws(() => crypto.pbkdf2Sync(1 as unknown as string, 's', 1, 8), { message: 'Not a buffer' });
  // 0 iterations counts as 1, fractions truncate
  t.deepEqual(crypto.pbkdf2Sync('p', 's', 0, 8), crypto.pbkdf2Sync('p', 's', 1.9, 8.9));
  t.is((crypto.pbkdf2Sync('p', 's', 1, 0) as Buffer).length, 0);
});

test('crypto.pbkdf2(password, salt, iterations, keylen, callback): callback(undefined, key) later', async (t) => {
  let sync = true;
  const done = new Promise<void>((resolve) => {
    crypto.pbkdf2('password', 'salt', 2, 20, function (this: unknown, err, key) {
      t.false(sync);
      t.is(err, undefined);
      t.is((key as Buffer).toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
      resolve();
    });
  });
  sync = false;
  t.throws(() => crypto.pbkdf2('p', 's', 1, 8, undefined as never), { message: 'No callback provided to pbkdf2' });
  await done;
});
