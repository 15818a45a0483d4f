// Keys 0.10's OpenSSL 1.0.1 took and OpenSSL 3 refuses at its default security level: a
// 512-bit RSA key (the size of many 0.10-era test fixtures).
import test from 'ava';
import * as hostTls from 'node:tls';
import tls from '../src/index';
import type { CleartextStreamInstance } from '../src/index';
import { once, pem, portOf } from './helpers';

const weak = () => ({ key: pem('weak512-key.pem'), cert: pem('weak512-cert.pem') });

test('tls.createServer(options): a 512-bit RSA key and its certificate are taken, as 0.10 did', async (t) => {
  const server = tls.createServer(weak(), (c: CleartextStreamInstance) => c.end('weak ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  // the n10 client too: its context is at level 0 (a level-1 client refuses the small key)
  const c = tls.connect({ port: portOf(server), host: '127.0.0.1', rejectUnauthorized: false });
  await once(c, 'secureConnect');
  t.false(c.authorized);
  t.is(c.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d: string) => (got += d));
  await once(c, 'end');
  t.is(got, 'weak ok');
  // a host client at level 0 as well
  const h = hostTls.connect({ port: portOf(server), host: '127.0.0.1', rejectUnauthorized: false, ciphers: 'DEFAULT:@SECLEVEL=0' });
  let hgot = '';
  h.on('data', (d: Buffer) => (hgot += d));
  await once(h, 'end');
  t.is(hgot, 'weak ok');
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('tls.createServer(options): an explicit ciphers list keeps the small key usable', async (t) => {
  const server = tls.createServer({ ...weak(), ciphers: 'AES128-SHA' }, (c: CleartextStreamInstance) => c.end(c.getCipher()!.name));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const c = tls.connect({ port: portOf(server), host: '127.0.0.1', rejectUnauthorized: false });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d: string) => (got += d));
  await once(c, 'end');
  t.is(got, 'AES128-SHA');
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
