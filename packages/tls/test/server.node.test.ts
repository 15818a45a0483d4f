// tls.createServer against real clients: the host node's tls, `openssl s_client`, `curl`, raw
// TCP (garbage), and the oracle (node 0.10) as a client.
import test from 'ava';
import { createHash, randomBytes } from 'node:crypto';
import hostNet from 'node:net';
import * as hostTls from 'node:tls';
import path from 'node:path';
import crypto from '@n10/crypto';
import tls from '../src/index';
import type { CleartextStreamInstance, TlsServerInstance, TlsServerOptions } from '../src/index';
import { FIXTURES, once, oracle, pem, portOf, run } from './helpers';

const serverOpts = (): TlsServerOptions => ({ key: pem('server-key.pem'), cert: pem('server-cert.pem') });

function listen(server: TlsServerInstance): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(portOf(server))));
}

test('tls.createServer: handshake with the host tls client, data both ways, end', async (t) => {
  const server = tls.createServer(serverOpts(), (c: CleartextStreamInstance) => {
    t.false(c.authorized);
    t.is(c.servername, 'localhost');
    c.on('data', (d: Buffer) => c.write('echo:' + d));
    c.on('end', () => c.end());
  });
  const port = await listen(server);
  const client = hostTls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca-cert.pem') });
  await once(client, 'secureConnect');
  t.true(client.authorized);
  t.is(client.getProtocol(), 'TLSv1.2');
  client.write('hello');
  const got = await once<Buffer>(client, 'data');
  t.is(String(got), 'echo:hello');
  client.end();
  await once(client, 'close');
  server.close();
});

test('tls.createServer: openssl s_client and curl', async (t) => {
  const server = tls.createServer(serverOpts(), (c: CleartextStreamInstance) => {
    c.once('data', () => c.end('HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    // curl may close with our close_notify unread: its RST can come before the FIN is read
    // (as with node 0.10, which read the FIN on the next turn of the loop too).
    c.on('error', () => {});
  });
  const port = await listen(server);
  const s = await run('openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', 'localhost', '-CAfile', path.join(FIXTURES, 'ca-cert.pem'), '-quiet', '-verify_return_error'], 'GET / HTTP/1.0\r\n\r\n');
  t.regex(String(s.stdout), /200 OK[\s\S]*ok$/);
  const c = await run('curl', ['-s', '--cacert', path.join(FIXTURES, 'ca-cert.pem'), `https://localhost:${port}/`]);
  t.is(c.code, 0);
  t.is(String(c.stdout), 'ok');
  server.close();
});

test("tls.createServer: 'clientError' on garbage input, the socket closed", async (t) => {
  const server = tls.createServer(serverOpts(), () => t.fail());
  const port = await listen(server);
  const clientError = once<Error>(server, 'clientError');
  const sock = hostNet.connect(port, '127.0.0.1', () => sock.write('GET / HTTP/1.0\r\n\r\n'));
  sock.on('error', () => {});
  const err = await clientError;
  t.regex(err.message, /http request|wrong version|unknown protocol|packet length/);
  await once(sock, 'close');
  server.close();
});

test('tls.createServer: requestCert / rejectUnauthorized with client certificates', async (t) => {
  const opts = { ...serverOpts(), ca: pem('ca-cert.pem'), requestCert: true, rejectUnauthorized: true };
  const seen: Array<[boolean, string | undefined, string | undefined]> = [];
  const server = tls.createServer(opts, (c: CleartextStreamInstance) => {
    const cert = c.getPeerCertificate();
    seen.push([c.authorized, c.authorizationError, cert ? (cert.subject as Record<string, string>).CN : undefined]);
    c.end('bye');
  });
  const errors: string[] = [];
  server.on('clientError', (e: Error) => errors.push(e.message));
  const port = await listen(server);
  // With a certificate: authorized.
  const good = hostTls.connect({ port, host: '127.0.0.1', ca: pem('ca-cert.pem'), servername: 'localhost', key: pem('client-key.pem'), cert: pem('client-cert.pem') });
  good.on('data', () => {});
  await once(good, 'close');
  t.deepEqual(seen, [[true, undefined, 'client']]);
  // Without one: the handshake fails ('clientError'), the client sees an error.
  const bad = hostTls.connect({ port, host: '127.0.0.1', ca: pem('ca-cert.pem'), servername: 'localhost' });
  bad.on('error', () => {});
  bad.on('data', () => {});
  await once(bad, 'close');
  t.is(seen.length, 1);
  t.regex(errors.join(), /peer did not return a certificate/);
  // A self-signed certificate with rejectUnauthorized false: connected, not authorized.
  const lax = tls.createServer({ ...serverOpts(), ca: pem('ca-cert.pem'), requestCert: true }, (c: CleartextStreamInstance) => {
    seen.push([c.authorized, c.authorizationError, undefined]);
    c.end();
  });
  const port2 = await listen(lax);
  const self = hostTls.connect({ port: port2, host: '127.0.0.1', ca: pem('ca-cert.pem'), servername: 'localhost', key: pem('self-key.pem'), cert: pem('self-cert.pem') });
  self.on('data', () => {});
  await once(self, 'close');
  t.deepEqual(seen[1], [false, 'DEPTH_ZERO_SELF_SIGNED_CERT', undefined]);
  server.close();
  lax.close();
});

test('tls.createServer: SNI through addContext and SNICallback', async (t) => {
  const server = tls.createServer(serverOpts(), (c: CleartextStreamInstance) => c.end(String(c.servername)));
  server.addContext('other.test', { key: pem('other-key.pem'), cert: pem('other-cert.pem') });
  const port = await listen(server);
  const subjectFor = async (servername: string): Promise<string> => {
    const c = hostTls.connect({ port, host: '127.0.0.1', servername, rejectUnauthorized: false });
    await once(c, 'secureConnect');
    const cn = c.getPeerCertificate().subject.CN as string;
    c.on('data', () => {});
    await once(c, 'close');
    return cn;
  };
  t.is(await subjectFor('other.test'), 'other.test');
  t.is(await subjectFor('localhost'), 'localhost');
  server.close();
  let asked = '';
  const server2 = tls.createServer({
    ...serverOpts(),
    SNICallback: (name: string) => {
      asked = name;
      return crypto.createCredentials({ key: pem('other-key.pem'), cert: pem('other-cert.pem') }).context;
    },
  }, (c: CleartextStreamInstance) => c.end());
  const port2 = await listen(server2);
  const c = hostTls.connect({ port: port2, host: '127.0.0.1', servername: 'sni.example', rejectUnauthorized: false });
  await once(c, 'secureConnect');
  t.is(asked, 'sni.example');
  t.is(c.getPeerCertificate().subject.CN, 'other.test');
  c.destroy();
  server2.close();
});

test('tls.createServer: key with passphrase, pfx, honorCipherOrder, ciphers', async (t) => {
  for (const opts of [
    { key: pem('server-enc-key.pem'), passphrase: 'sesame', cert: pem('server-cert.pem') },
    { pfx: pem('server.pfx'), passphrase: 'sesame' },
    { ...serverOpts(), ciphers: 'AES128-SHA', honorCipherOrder: true },
  ] as TlsServerOptions[]) {
    const server = tls.createServer(opts, (c: CleartextStreamInstance) => c.end('ok'));
    const port = await listen(server);
    const c = hostTls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca-cert.pem'), maxVersion: 'TLSv1.2', ciphers: 'ALL' });
    await once(c, 'secureConnect');
    t.true(c.authorized);
    if (opts.ciphers) t.is(c.getCipher().name, 'AES128-SHA');
    t.is(String(await once<Buffer>(c, 'data')), 'ok');
    server.close();
    c.destroy();
  }
  t.throws(() => tls.createServer({ key: pem('server-enc-key.pem'), passphrase: 'wrong', cert: pem('server-cert.pem') }));
});

test("tls.createServer: 'newSession' / 'resumeSession' (session ids, no tickets)", async (t) => {
  const sessions = new Map<string, Buffer>();
  const server = tls.createServer({ ...serverOpts(), secureOptions: 0x4000 }, (c: CleartextStreamInstance) => c.end('x'));
  server.on('newSession', (id: Buffer, data: Buffer) => sessions.set(id.toString('hex'), data));
  let resumed = 0;
  server.on('resumeSession', (id: Buffer, cb: (err: Error | null, data: Buffer | null) => void) => {
    resumed++;
    cb(null, sessions.get(id.toString('hex')) || null);
  });
  const port = await listen(server);
  const first = hostTls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca-cert.pem'), maxVersion: 'TLSv1.2' });
  const session = await once<Buffer>(first, 'session');
  first.on('data', () => {});
  await once(first, 'close');
  t.is(sessions.size, 1);
  const second = hostTls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca-cert.pem'), maxVersion: 'TLSv1.2', session });
  await once(second, 'secureConnect');
  t.true(second.isSessionReused());
  t.is(resumed, 1);
  second.destroy();
  server.close();
});

test('tls: several MB each way with backpressure, hashes checked (host client)', async (t) => {
  const size = 8 * 1024 * 1024;
  const up = randomBytes(size);
  const down = randomBytes(size);
  const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
  let drains = 0;
  const server = tls.createServer(serverOpts(), (c: CleartextStreamInstance) => {
    const h = createHash('sha256');
    let n = 0;
    // Read nothing at first: the client's writes must wait (backpressure).
    c.pause();
    setTimeout(() => c.resume(), 200);
    c.on('data', (d: Buffer) => {
      h.update(d);
      n += d.length;
      if (n === size) server.emit('got', n, h.digest('hex'));
    });
    // Down: written in chunks, respecting write()'s return value.
    let off = 0;
    const pump = (): void => {
      while (off < size) {
        const chunk = down.subarray(off, off + 65536);
        off += chunk.length;
        if (!c.write(chunk)) {
          drains++;
          c.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
  const port = await listen(server);
  const client = hostTls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca-cert.pem') });
  const gotArgs: unknown[] = [];
  const got = new Promise<void>((resolve) =>
    server.once('got', (...a: unknown[]) => {
      gotArgs.push(...a);
      resolve();
    }),
  );
  const h = createHash('sha256');
  let n = 0;
  const downDone = new Promise<void>((resolve) =>
    client.on('data', (d: Buffer) => {
      h.update(d);
      n += d.length;
      if (n === size) resolve();
    }),
  );
  await once(client, 'secureConnect');
  const wroteAtOnce = client.write(up);
  await Promise.all([got, downDone]);
  t.false(wroteAtOnce); // 8 MB do not fit: the host client had to wait for n10
  t.true(drains > 0); // and n10's server waited for the host client
  t.is(h.digest('hex'), sha(down));
  t.deepEqual(gotArgs, [size, sha(up)]);
  client.end();
  await once(client, 'close');
  server.close();
});

test('tls.createServer: the oracle (node 0.10) as a client', async (t) => {
  const server = tls.createServer(serverOpts(), (c: CleartextStreamInstance) => {
    c.on('data', (d: Buffer) => c.end('n10 got ' + d));
  });
  const port = await listen(server);
  const code = `var tls=require('tls'),fs=require('fs');var c=tls.connect({port:${port},host:'127.0.0.1',servername:'localhost',ca:fs.readFileSync(${JSON.stringify(path.join(FIXTURES, 'ca-cert.pem'))})},function(){console.log('secure',c.authorized);c.write('hi')});c.on('data',function(d){console.log(String(d))});c.on('error',function(e){console.log('error',e.message)})`;
  const r = await run(oracle, ['-e', code]);
  t.is(String(r.stdout), 'secure true\nn10 got hi\n');
  server.close();
});

test('tls.CLIENT_RENEG_LIMIT: renegotiations beyond the limit in the window are an attack', async (t) => {
  const limit = tls.CLIENT_RENEG_LIMIT;
  tls.CLIENT_RENEG_LIMIT = 2;
  const errors: string[] = [];
  const server = tls.createServer(serverOpts(), (c: CleartextStreamInstance) => {
    c.on('error', (e: Error) => errors.push(e.message));
    c.on('data', (d: Buffer) => c.write(d));
  });
  const port = await listen(server);
  const client = hostTls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca-cert.pem'), maxVersion: 'TLSv1.2' });
  client.on('error', () => {});
  await once(client, 'secureConnect');
  const renegotiate = (): Promise<Error | null> => new Promise((resolve) => client.renegotiate({}, (err) => resolve(err || null)));
  t.is(await renegotiate(), null);
  client.write('after 1');
  t.is(String(await once<Buffer>(client, 'data')), 'after 1');
  t.is(await renegotiate(), null);
  void renegotiate(); // the third: the server calls it an attack and closes
  await once(client, 'close');
  t.deepEqual(errors, ['TLS session renegotiation attack detected.']);
  tls.CLIENT_RENEG_LIMIT = limit;
  server.close();
});

test('tls.createServer: honorCipherOrder picks the server preference, else the client one', async (t) => {
  const chosen: string[] = [];
  for (const honorCipherOrder of [true, false]) {
    const server = tls.createServer({ ...serverOpts(), ciphers: 'AES128-SHA:AES256-SHA', honorCipherOrder }, (c: CleartextStreamInstance) => {
      chosen.push((c.getCipher() as { name: string }).name);
      c.end();
    });
    const port = await listen(server);
    const c = hostTls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false, maxVersion: 'TLSv1.2', ciphers: 'AES256-SHA:AES128-SHA' });
    c.on('data', () => {});
    await once(c, 'close');
    server.close();
  }
  t.deepEqual(chosen, ['AES128-SHA', 'AES256-SHA']);
});

test("Event: 'clientError': OpenSSL's verdict is an Error with its message only; the client's 'socket hang up' has code ECONNRESET and sslError", async (t) => {
  const server = tls.createServer({ ...serverOpts(), ciphers: 'AES128-SHA' }, () => t.fail());
  const serverErr = new Promise<Error>((resolve) => server.on('clientError', resolve));
  const port = await listen(server);
  const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false, ciphers: 'AES256-SHA' } as never);
  const clientErr = await new Promise<Error & { code?: string; sslError?: string }>((resolve) => c.on('error', resolve));
  const e = await serverErr;
  server.close();
  t.regex(e.message, /no shared cipher/);
  t.deepEqual(Object.keys(e), []);
  t.is(clientErr.message, 'socket hang up');
  t.deepEqual(Object.keys(clientErr), ['code', 'sslError']);
  t.is(clientErr.code, 'ECONNRESET');
  t.is(clientErr.sslError, undefined);
});

test("Event: 'data' (CleartextStream): records read together come out in one chunk; the first write in 'secureConnection' goes with the last handshake flight", async (t) => {
  const serverGot: string[] = [];
  const server = tls.createServer(serverOpts(), (c: CleartextStreamInstance) => {
    c.write('one');
    c.write('two');
    c.write('three');
    c.on('data', (d: Buffer) => {
      serverGot.push(String(d));
      if (/fin/.test(String(d))) c.end();
    });
  });
  const port = await listen(server);
  const clientGot: string[] = [];
  const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false } as never, () => {
    c.write('hello');
    c.write('fin');
  });
  c.on('data', (d: Buffer) => clientGot.push(String(d)));
  await once(c, 'close');
  server.close();
  // The client's two writes leave in one flush; on a loaded machine the server may still read
  // them in two reads (then two chunks). Read together, they come out as one.
  t.is(serverGot.join(''), 'hellofin');
  t.true(serverGot.length <= 2, serverGot.join('|'));
  // 'one' leaves with the last handshake flight, 'two' and 'three' right after it: on a loaded
  // machine all three may reach the client in one read, then they come out together.
  t.is(clientGot.join(''), 'onetwothree');
  t.true(clientGot.length <= 2 && clientGot[clientGot.length - 1].endsWith('twothree'), clientGot.join('|'));
});

test("Event: 'data' (CleartextStream): a bulk write arrives mostly in 32 KiB chunks (each read() pulls the next SSL read, as 0.10's _read did)", async (t) => {
  const server = tls.createServer(serverOpts(), (c: CleartextStreamInstance) => {
    c.end(Buffer.alloc(100000, 65) as never);
  });
  const port = await listen(server);
  const sizes: number[] = [];
  const c = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false } as never);
  c.on('data', (d: Buffer) => sizes.push(d.length));
  await once(c, 'end');
  server.close();
  t.is(sizes.reduce((a, b) => a + b, 0), 100000);
  t.is(sizes[0], 32768);
});
