// crypto.randomBytes and crypto.pseudoRandomBytes.
import test from 'ava';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';

test('crypto.randomBytes(size): a SlowBuffer of size random bytes', (t) => {
  const a = crypto.randomBytes(32);
  const b = crypto.randomBytes(32);
  t.is(a.length, 32);
  t.true(Buffer.isBuffer(a));
  t.not(a.toString('hex'), b.toString('hex'));
  t.is(crypto.randomBytes(0).length, 0);
  // more than one getRandomValues call's worth
  const big = crypto.randomBytes(200000);
  t.is(big.length, 200000);
  let zeros = 0;
  for (let i = 0; i < big.length; i++) if (big[i] === 0) zeros++;
  t.true(zeros < 2000, 'about 1/256 of the bytes are zero');
});

test('crypto.randomBytes(size): 0.10 argument checks', (t) => {
  for (const bad of [-1, 4.5, '4', null, undefined, NaN, Infinity, -0]) {
    t.throws(() => crypto.randomBytes(bad as number), { instanceOf: TypeError, message: 'Argument #1 must be number > 0' });
  }
  t.throws(() => crypto.randomBytes(0x40000000), { instanceOf: TypeError, message: 'size > Buffer::kMaxLength' });
});

test('crypto.randomBytes(size, callback): callback(null, buffer) later, on the returned request', async (t) => {
  let sync = true;
  let req: unknown;
  const done = new Promise<void>((resolve) => {
    req = crypto.randomBytes(16, function (this: unknown, err, buf) {
      t.false(sync);
      t.is(err, null);
      t.is((buf as Buffer).length, 16);
      t.is(this, req);
      resolve();
    });
  });
  t.is(typeof (req as { ondone: unknown }).ondone, 'function');
  sync = false;
  await done;
});

test('crypto.pseudoRandomBytes(size, [callback]): as randomBytes', async (t) => {
  t.is(crypto.pseudoRandomBytes(8).length, 8);
  t.is(crypto.prng, crypto.pseudoRandomBytes);
  t.is(crypto.rng, crypto.randomBytes);
  await new Promise<void>((resolve) => {
    crypto.pseudoRandomBytes(3, (err, buf) => {
      t.is(err, null);
      t.is((buf as Buffer).length, 3);
      resolve();
    });
  });
});
