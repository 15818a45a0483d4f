// Sign and Verify against real peers: `openssl dgst -sign/-verify` and the host node's
// OpenSSL, with the committed keys and random data.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as host from 'node:crypto';
import crypto from '../src/index';
import { Buffer } from '@n10/buffer';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const read = (name: string) => fs.readFileSync(fixture(name), 'utf8');
const n10 = (b: Uint8Array) => new Buffer(Array.from(b));

function tmp(data: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'n10-sign-')), 'data');
  fs.writeFileSync(file, data);
  return file;
}

test('RSA signatures are byte-identical to `openssl dgst -sign` and verify with `openssl dgst -verify`', (t) => {
  for (const [alg, flag] of [
    ['sha1', '-sha1'],
    ['sha256', '-sha256'],
    ['sha512', '-sha512'],
    ['md5', '-md5'],
    ['ripemd160', '-ripemd160'],
  ]) {
    for (const key of ['rsa_private.pem', 'rsa2048_private.pem']) {
      const data = host.randomBytes(host.randomInt(0, 3000));
      const file = tmp(data);
      const expected = execFileSync('openssl', ['dgst', flag, '-sign', fixture(key), file]).toString('hex');
      const s = crypto.createSign(alg);
      s.update(n10(data));
      const sig = s.sign(read(key), 'hex') as string;
      t.is(sig, expected, `${alg} ${key}`);
      fs.writeFileSync(file + '.sig', Buffer.prototype.toString.call(new Buffer(sig, 'hex'), 'binary'), 'binary');
      const pub = key === 'rsa_private.pem' ? 'rsa_public.pem' : 'rsa2048_public.pem';
      t.regex(execFileSync('openssl', ['dgst', flag, '-verify', fixture(pub), '-signature', file + '.sig', file]).toString(), /Verified OK/);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }
});

test('DSA signatures verify both ways with `openssl dgst`', (t) => {
  for (let i = 0; i < 5; i++) {
    const data = host.randomBytes(host.randomInt(0, 2000));
    const file = tmp(data);
    const s = crypto.createSign('dss1');
    s.update(n10(data));
    const ours = s.sign(read('dsa_private.pem'), 'binary') as string;
    fs.writeFileSync(file + '.sig', ours, 'binary');
    t.regex(execFileSync('openssl', ['dgst', '-sha1', '-verify', fixture('dsa_public.pem'), '-signature', file + '.sig', file]).toString(), /Verified OK/);
    const theirs = execFileSync('openssl', ['dgst', '-sha1', '-sign', fixture('dsa_private.pem'), file]);
    const v = crypto.createVerify('DSA-SHA1');
    v.update(n10(data));
    t.true(v.verify(read('dsa_public.pem'), n10(theirs)));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});

test('RSA and DSA signatures agree with the host node crypto', (t) => {
  const data = host.randomBytes(777);
  for (const alg of ['RSA-SHA256', 'sha384']) {
    const s = crypto.createSign(alg);
    s.update(n10(data));
    t.is(s.sign(read('rsa2048_private.pem'), 'hex'), host.createSign(alg).update(data).sign(read('rsa2048_private.pem'), 'hex'));
  }
  const hostDsa = host.createSign('sha256').update(data).sign(read('dsa_private.pem'));
  const v = crypto.createVerify('sha256');
  v.update(n10(data));
  t.true(v.verify(read('dsa_public.pem'), n10(hostDsa)));
  const s = crypto.createSign('sha256');
  s.update(n10(data));
  const ours = s.sign(read('dsa_private.pem')) as Buffer;
  t.true(host.createVerify('sha256').update(data).verify(read('dsa_public.pem'), globalThis.Buffer.from(ours)));
});
