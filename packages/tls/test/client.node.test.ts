// tls.connect against real servers: the host node's tls, `openssl s_server`, the oracle (node
// 0.10) as a server; verification outcomes and their 0.10 messages; sessions; half-close;
// destroy in the handshake; socket hang up; createSecurePair by hand.
import test from 'ava';
import { createHash, randomBytes } from 'node:crypto';
import hostNet from 'node:net';
import * as hostTls from 'node:tls';
import path from 'node:path';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { Buffer } from '@n10/buffer';
import net from '@n10/net';
import crypto from '@n10/crypto';
import tls from '../src/index';
import type { CleartextStreamInstance } from '../src/index';
import { FIXTURES, once, oracle, pem, portOf } from './helpers';

function hostServer(key: string, cert: string, opts: hostTls.TlsOptions = {}, onConn?: (s: hostTls.TLSSocket) => void): Promise<hostTls.Server> {
  const server = hostTls.createServer({ key: pem(key), cert: pem(cert), ...opts }, onConn || ((s) => s.end('hello')));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function outcome(c: CleartextStreamInstance): Promise<string> {
  return new Promise((resolve) => {
    c.once('secureConnect', () => {
      resolve('secure ' + c.authorized + ' ' + c.authorizationError);
      c.destroy();
    });
    c.once('error', (e: Error & { code?: string }) => resolve('error ' + e.message + ' ' + e.code));
  });
}

test('tls.connect(options, cb): handshake with the host server, certificate, cipher, data', async (t) => {
  const server = await hostServer('server-key.pem', 'server-cert.pem', {}, (s) => {
    s.on('data', (d) => s.end('got ' + d));
  });
  const c = tls.connect({ port: portOf(server), host: '127.0.0.1', servername: 'localhost', ca: pem('ca-cert.pem') }, () => c.write('ping'));
  await once(c, 'secureConnect');
  t.true(c.authorized);
  t.is(c.authorizationError, undefined);
  const cert = c.getPeerCertificate()!;
  t.deepEqual(Object.keys(cert), ['subject', 'issuer', 'subjectaltname', 'modulus', 'exponent', 'valid_from', 'valid_to', 'fingerprint', 'ext_key_usage']);
  t.is((cert.subject as Record<string, string>).CN, 'localhost');
  t.is((cert.issuer as Record<string, string>).CN, 'n10 test CA');
  t.is(cert.exponent, '10001');
  t.is(c.getCipher()!.version, 'TLSv1/SSLv3');
  t.is(typeof c.remotePort, 'number');
  t.is(c.remoteAddress, '127.0.0.1');
  t.is((c.address() as { family: string }).family, 'IPv4');
  t.is(String(await once<Buffer>(c, 'data')), 'got ping');
  await once(c, 'end');
  server.close();
});

test('tls.connect(port, host, options, cb) and verification failures (0.10 messages)', async (t) => {
  const self = await hostServer('self-key.pem', 'self-cert.pem');
  const port = portOf(self);
  t.is(await outcome(tls.connect(port, '127.0.0.1')), 'error DEPTH_ZERO_SELF_SIGNED_CERT undefined');
  t.is(await outcome(tls.connect(port, '127.0.0.1', { rejectUnauthorized: false })), 'secure false DEPTH_ZERO_SELF_SIGNED_CERT');
  self.close();
  const noCa = await hostServer('server-key.pem', 'server-cert.pem');
  t.is(await outcome(tls.connect({ port: portOf(noCa), rejectUnauthorized: false })), 'secure false UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  t.is(await outcome(tls.connect({ port: portOf(noCa), ca: pem('ca-cert.pem'), servername: 'nope.test' })), "error Hostname/IP doesn't match certificate's altnames undefined");
  t.is(await outcome(tls.connect({ port: portOf(noCa), host: 'localhost', ca: pem('ca-cert.pem'), servername: 'foo.example.com' })), 'secure true undefined');
  t.is(await outcome(tls.connect({ port: portOf(noCa), host: '127.0.0.1', ca: pem('ca-cert.pem') })), 'secure true undefined');
  noCa.close();
  const expired = await hostServer('expired-key.pem', 'expired-cert.pem');
  t.is(await outcome(tls.connect({ port: portOf(expired), ca: pem('ca-cert.pem') })), 'error CERT_HAS_EXPIRED undefined');
  expired.close();
  const nosan = await hostServer('nosan-key.pem', 'nosan-cert.pem');
  t.is(await outcome(tls.connect({ port: portOf(nosan), ca: pem('ca-cert.pem') })), 'secure true undefined');
  t.is(await outcome(tls.connect({ port: portOf(nosan), host: '127.0.0.1', ca: pem('ca-cert.pem') })), "error Hostname/IP doesn't match certificate's altnames undefined");
  nosan.close();
});

test("tls.connect: a verification failure's Error opens its stack at tls's handler, as 0.10's binding-made Error did (no helper frame)", async (t) => {
  const self = await hostServer('self-key.pem', 'self-cert.pem');
  const port = portOf(self);
  const c = tls.connect(port, '127.0.0.1');
  const e = await new Promise<Error>((resolve) => c.once('error', resolve));
  t.is(e.message, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  t.notRegex(e.stack!.split('\n')[1], /verifyError/);
  const c2 = tls.connect({ port, rejectUnauthorized: false });
  await once(c2, 'secureConnect');
  const ssl = (c2 as unknown as { pair: { ssl: { verifyError(): Error | null } } }).pair.ssl;
  const frames = ssl.verifyError()!.stack!.split('\n');
  t.is(frames[0], 'Error: DEPTH_ZERO_SELF_SIGNED_CERT');
  t.notRegex(frames[1], /verifyError|pair\.ts/);
  c2.destroy();
  self.close();
});

test('tls.connect: client certificate, SNI servername seen by the server', async (t) => {
  let seen = '';
  const server = await hostServer('server-key.pem', 'server-cert.pem', { requestCert: true, ca: pem('ca-cert.pem') }, (s) => {
    seen = s.servername + ' ' + s.authorized + ' ' + (s.getPeerCertificate().subject || {}).CN;
    s.end('x');
  });
  const c = tls.connect({ port: portOf(server), ca: pem('ca-cert.pem'), key: pem('client-key.pem'), cert: pem('client-cert.pem'), servername: 'localhost' });
  c.on('data', () => {});
  await once(c, 'close');
  t.is(seen, 'localhost true client');
  server.close();
});

test('tls.connect: session reuse (getSession → options.session)', async (t) => {
  const server = await hostServer('server-key.pem', 'server-cert.pem', { maxVersion: 'TLSv1.2' });
  const opts = { port: portOf(server), ca: pem('ca-cert.pem') };
  const a = tls.connect(opts);
  await once(a, 'secureConnect');
  t.false(a.isSessionReused());
  const session = a.getSession()!;
  t.true(session.length > 0);
  a.destroy();
  const b = tls.connect({ ...opts, session });
  await once(b, 'secureConnect');
  t.true(b.isSessionReused());
  b.destroy();
  server.close();
});

test("cleartextStream.getSession(): a 'binary' string as in 0.10 (undefined before the handshake), taken back by tls.connect as a string or a Buffer", async (t) => {
  const server = await hostServer('server-key.pem', 'server-cert.pem', { maxVersion: 'TLSv1.2' });
  const opts = { port: portOf(server), ca: pem('ca-cert.pem') };
  const a = tls.connect(opts);
  t.is(a.getSession(), undefined);
  await once(a, 'secureConnect');
  const session = a.getSession();
  t.is(typeof session, 'string');
  t.true(/^[\x00-\xff]+$/.test(session || ''));
  a.destroy();
  for (const given of [session, new Buffer(session || '', 'binary')]) {
    const b = tls.connect({ ...opts, session: given });
    await once(b, 'secureConnect');
    t.true(b.isSessionReused());
    b.destroy();
  }
  server.close();
});

test('tls.connect: openssl s_server, half-close and large transfers both ways (hash checked)', async (t) => {
  // A host server echoing everything, half-open: it ends after the client's end.
  const server = await hostServer('server-key.pem', 'server-cert.pem', { allowHalfOpen: true }, (s) => {
    s.pipe(s);
  });
  const size = 6 * 1024 * 1024;
  const data = randomBytes(size);
  const c = tls.connect({ port: portOf(server), ca: pem('ca-cert.pem') });
  const h = createHash('sha256');
  let n = 0;
  c.on('data', (d: Buffer) => {
    h.update(d);
    n += d.length;
  });
  await once(c, 'secureConnect');
  let off = 0;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      while (off < size) {
        const chunk = data.subarray(off, off + 100000);
        off += chunk.length;
        if (!c.write(chunk)) {
          c.once('drain', pump);
          return;
        }
      }
      c.end();
      resolve();
    };
    pump();
  });
  await once(c, 'end');
  t.is(n, size);
  t.is(h.digest('hex'), createHash('sha256').update(data).digest('hex'));
  server.close();

  // openssl s_server: a line each way.
  const port = await new Promise<number>((resolve) => {
    const probe = hostNet.createServer().listen(0, '127.0.0.1', () => {
      const p = portOf(probe);
      probe.close(() => resolve(p));
    });
  });
  const srv = spawn('openssl', ['s_server', '-accept', String(port), '-cert', path.join(FIXTURES, 'server-cert.pem'), '-key', path.join(FIXTURES, 'server-key.pem'), '-quiet', '-naccept', '1'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let srvOut = '';
  srv.stdout.on('data', (d: Buffer) => (srvOut += d));
  let client: CleartextStreamInstance | null = null;
  for (let i = 0; i < 50 && !client; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const c2 = tls.connect({ port, host: '127.0.0.1', ca: pem('ca-cert.pem'), servername: 'localhost' });
    const r = await outcome2(c2);
    if (r) client = c2;
  }
  t.truthy(client);
  client!.write('from n10\n');
  srv.stdin.write('from s_server\n');
  t.is(String(await once<Buffer>(client!, 'data')), 'from s_server\n');
  await new Promise((r) => setTimeout(r, 100));
  t.is(srvOut, 'from n10\n');
  client!.destroy();
  srv.kill();
});

function outcome2(c: CleartextStreamInstance): Promise<boolean> {
  return new Promise((resolve) => {
    c.once('secureConnect', () => resolve(true));
    c.once('error', () => resolve(false));
  });
}

test("tls.connect: 'socket hang up' (ECONNRESET) when the server closes in the handshake; destroy mid-handshake", async (t) => {
  const plain = hostNet.createServer((s) => s.destroy());
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', () => r()));
  const c = tls.connect(portOf(plain), '127.0.0.1');
  const err = await once<Error & { code: string }>(c, 'error');
  t.is(err.message, 'socket hang up');
  t.is(err.code, 'ECONNRESET');
  plain.close();

  // The client gives up during the handshake: no secureConnect, 'close', and the server
  // sees the connection fail.
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, () => t.fail());
  const clientErr = once<Error>(server, 'clientError');
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const d = tls.connect({ port: portOf(server), rejectUnauthorized: false }, () => t.fail());
  d.on('error', () => {});
  setImmediate(() => d.destroy());
  await once(d, 'close');
  t.regex((await clientErr).message, /socket hang up/);
  server.close();
});

test("tls.connect: a handshake the server refuses gives 'error' (socket hang up) before 'close', then 'end'", async (t) => {
  const server = tls.createServer(
    { key: pem('server-key.pem'), cert: pem('server-cert.pem'), ca: pem('ca-cert.pem'), requestCert: true, rejectUnauthorized: true },
    () => t.fail(),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const c = tls.connect({ port: portOf(server), host: '127.0.0.1', ca: pem('ca-cert.pem') }, () => t.fail());
  const events: string[] = [];
  c.on('error', (e: Error & { code?: string }) => {
    events.push('error:' + e.code);
    // a listener that destroys the stream (as http's does) must not bring a second error
    c.destroy();
  });
  c.on('close', () => events.push('close'));
  c.on('end', () => events.push('end'));
  await once(c, 'close');
  await new Promise((r) => setImmediate(r));
  t.deepEqual(events, ['error:ECONNRESET', 'close', 'end']);
  server.close();
});

test('tls.createSecurePair: two pairs wired back to back; with a net socket', async (t) => {
  const serverCreds = crypto.createCredentials({ key: pem('server-key.pem'), cert: pem('server-cert.pem') });
  const s = tls.createSecurePair(serverCreds, true);
  const c = tls.createSecurePair(crypto.createCredentials({ ca: pem('ca-cert.pem') }), false);
  s.encrypted.pipe(c.encrypted);
  c.encrypted.pipe(s.encrypted);
  await Promise.all([once(s, 'secure'), once(c, 'secure')]);
  c.cleartext.write('over pairs');
  t.is(String(await once<Buffer>(s.cleartext, 'data')), 'over pairs');
  t.is(s.cleartext.constructor.name, 'CleartextStream');
  t.is(s.encrypted.constructor.name, 'EncryptedStream');

  // Over a real socket to the host server, as 0.10 programs did before tls.connect({socket}).
  const server = await hostServer('server-key.pem', 'server-cert.pem', {}, (sock) => sock.end('hi pair'));
  const pair = tls.createSecurePair(crypto.createCredentials({}), false);
  const socket = net.connect(portOf(server), '127.0.0.1');
  pair.encrypted.pipe(socket);
  socket.pipe(pair.encrypted);
  await once(pair, 'secure');
  t.is(String(await once<Buffer>(pair.cleartext, 'data')), 'hi pair');
  server.close();
  socket.destroy();
});

test('tls.connect: the oracle (node 0.10) as the server, client certificate checked there', async (t) => {
  const code = `var tls=require('tls'),fs=require('fs'),F=${JSON.stringify(FIXTURES + '/')};var s=tls.createServer({key:fs.readFileSync(F+'server-key.pem'),cert:fs.readFileSync(F+'server-cert.pem'),ca:fs.readFileSync(F+'ca-cert.pem'),requestCert:true,rejectUnauthorized:true},function(c){console.log('oracle secure',c.authorized,c.getPeerCertificate().subject.CN);c.on('data',function(d){c.end('oracle got '+d)})});s.listen(0,'127.0.0.1',function(){console.log(s.address().port)});c=null;setTimeout(function(){process.exit()},10000)`;
  const child = spawn(oracle, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  const port = await new Promise<number>((resolve) => {
    child.stdout.on('data', (d: string) => {
      out += d;
      const m = /^(\d+)\n/.exec(out);
      if (m) resolve(Number(m[1]));
    });
  });
  const c = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca-cert.pem'), key: pem('client-key.pem'), cert: pem('client-cert.pem') }, () => c.write('hi'));
  t.is(String(await once<Buffer>(c, 'data')), 'oracle got hi');
  t.true(c.authorized);
  await once(c, 'close');
  await new Promise((r) => setImmediate(r));
  child.kill();
  t.regex(out, /oracle secure true client/);
});

test('tls.connect: crl — a revoked server certificate is CERT_REVOKED', async (t) => {
  // A CRL from the test CA revoking the server's certificate, made here with openssl ca.
  const { mkdtempSync, writeFileSync, readFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(path.join(tmpdir(), 'n10-crl-'));
  writeFileSync(path.join(dir, 'ca.cnf'), `[ca]\ndefault_ca = d\n[d]\ndir = ${dir}\ndatabase = ${dir}/index.txt\ncrlnumber = ${dir}/crlnumber\ncertificate = ${FIXTURES}/ca-cert.pem\nprivate_key = ${FIXTURES}/ca-key.pem\ndefault_md = sha256\ndefault_crl_days = 3650\n`);
  writeFileSync(path.join(dir, 'index.txt'), '');
  writeFileSync(path.join(dir, 'crlnumber'), '01\n');
  const cnf = path.join(dir, 'ca.cnf');
  const revoke = spawnSync('openssl', ['ca', '-config', cnf, '-revoke', path.join(FIXTURES, 'server-cert.pem')]);
  const gen = spawnSync('openssl', ['ca', '-config', cnf, '-gencrl', '-out', path.join(dir, 'crl.pem')]);
  if (revoke.status !== 0 || gen.status !== 0) {
    t.log('openssl ca failed: ' + revoke.stderr + gen.stderr);
    t.pass();
    return;
  }
  const crl = readFileSync(path.join(dir, 'crl.pem'));
  rmSync(dir, { recursive: true, force: true });
  const server = await hostServer('server-key.pem', 'server-cert.pem');
  t.is(await outcome(tls.connect({ port: portOf(server), ca: pem('ca-cert.pem'), crl })), 'error CERT_REVOKED undefined');
  t.is(await outcome(tls.connect({ port: portOf(server), ca: pem('ca-cert.pem'), crl, rejectUnauthorized: false })), 'secure false CERT_REVOKED');
  const other = await hostServer('other-key.pem', 'other-cert.pem');
  t.is(await outcome(tls.connect({ port: portOf(other), ca: pem('ca-cert.pem'), crl, servername: 'other.test' })), 'secure true undefined');
  server.close();
  other.close();
});

test("cleartextStream.destroy([err]): 'close' on a later tick with had_error, then 'end'; an onend hook cleared on 'close' is not called", async (t) => {
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (s) => {
    s.on('error', () => {});
    s.resume();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  for (const withErr of [false, true]) {
    const c = tls.connect({ port: portOf(server), host: '127.0.0.1', rejectUnauthorized: false });
    await once(c, 'secureConnect');
    const events: string[] = [];
    const hooked = c as CleartextStreamInstance & { onend?: (() => void) | null };
    // as http's client does: socketOnEnd as the hook, cleared by the 'close' listener (freeParser)
    hooked.onend = () => events.push('onend');
    c.on('close', (hadError: boolean) => {
      events.push('close ' + hadError);
      hooked.onend = null;
    });
    c.on('end', () => events.push('end'));
    c.on('error', (e: Error) => events.push('error ' + e.message));
    if (withErr) c.destroy(new Error('mine'));
    else c.destroy();
    events.push('returned');
    await once(c, 'end');
    t.deepEqual(events, ['returned', 'close ' + withErr, 'end']);
  }
  server.close();
});

test('tls.connect(port[, host][, options][, cb]): options as the third argument after an undefined host; a pipe path for port', async (t) => {
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (s) => s.end('hi'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const verdict = (c: CleartextStreamInstance): Promise<string> =>
    new Promise((resolve) => {
      c.once('secureConnect', () => resolve('secure ' + c.authorized));
      c.once('error', (e: Error) => resolve('error ' + e.message));
    });
  const port = portOf(server);
  t.is(await verdict(tls.connect(port, undefined, { rejectUnauthorized: false })), 'secure false');
  t.is(await verdict(tls.connect(port, null, { rejectUnauthorized: false })), 'error UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  t.is(await verdict(tls.connect({ port }, { rejectUnauthorized: false })), 'secure false');
  t.is(await verdict(tls.connect(port, 5, { rejectUnauthorized: false })), 'secure false');
  server.close();

  const pipePath = path.join(os.tmpdir(), 'n10-tls-test-' + process.pid + '.sock');
  const ps = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (s) => s.end('over the pipe'));
  await new Promise<void>((r) => ps.listen(pipePath, () => r()));
  const c = tls.connect(pipePath, { rejectUnauthorized: false });
  t.is(await verdict(c), 'secure false');
  t.is(String(await once<Buffer>(c, 'data')), 'over the pipe');
  ps.close();
});

test("tls.connect(…, cb): a 'data' listener added in the secureConnect callback gets the plaintext that came with the handshake's end after the callback returned", async (t) => {
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (s) => {
    s.write('220 greeting\r\n');
    s.on('data', () => s.end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  let state = 'connecting';
  const seen = new Promise<string>((resolve) => {
    const c = tls.connect(portOf(server), '127.0.0.1', { rejectUnauthorized: false }, () => {
      c.on('data', (d: Buffer) => {
        resolve(state + ' ' + String(d));
        c.write('bye');
      });
      state = 'ready';
    });
  });
  t.is(await seen, 'ready 220 greeting\r\n');
  server.close();
});
