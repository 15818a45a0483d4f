// tls: SecureContext and Connection, driven in memory (two Connections pumping encOut into
// each other's encIn), then the peer certificate fields, sessions, SNI context switch, NPN,
// and bad arguments (TypeErrors, never an abort).
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binding } from './helpers';
import type { Connection, SecureContext } from '../src/index';

const F = join(__dirname, '../../tls/test/fixtures');
const pem = (name: string): Buffer => readFileSync(join(F, name));

function context(kind: 0 | 1 | 2, key?: string, cert?: string, ca?: string): SecureContext {
  const c = new binding.SecureContext();
  c.init(kind);
  c.setMaxProto(0x303);
  if (key) c.setKey(pem(key), null);
  if (cert) c.setCert(pem(cert));
  if (ca) c.addCACert(pem(ca));
  return c;
}

const buf = Buffer.alloc(65536);
function pump(from: Connection, to: Connection): number {
  let n: number;
  let total = 0;
  while ((n = from.encOut(buf, 0, buf.length)) > 0) {
    to.encIn(buf, 0, n);
    total += n;
  }
  return total;
}
function handshake(c: Connection, s: Connection): void {
  c.start();
  for (let i = 0; i < 20 && !(c.isInitFinished() && s.isInitFinished()); i++) {
    pump(c, s);
    s.clearOut(buf, 0, buf.length);
    pump(s, c);
    c.clearOut(buf, 0, buf.length);
  }
}

test('Connection: handshake in memory, data both ways, certificate fields', (t) => {
  const s = new binding.Connection(context(1, 'server-key.pem', 'server-cert.pem'), true, null, 0);
  const c = new binding.Connection(context(2, undefined, undefined, 'ca-cert.pem'), false, 'localhost', 0);
  handshake(c, s);
  t.true(c.isInitFinished());
  t.true(s.isInitFinished());
  t.is(c.verifyError(), 0);
  t.is(s.verifyError(), -1);
  t.is(c.getServername(), 'localhost');
  t.is(s.getServername(), 'localhost');
  const cert = c.getPeerCertificate()!;
  t.regex(cert.subject!, /^C=UK\n.*\nCN=localhost$/s);
  t.is(cert.subjectaltname, 'DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1');
  t.is(cert.exponent, '10001');
  t.regex(cert.fingerprint!, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
  t.deepEqual(cert.ext_key_usage, ['1.3.6.1.5.5.7.3.1']);
  t.is(c.getCurrentCipher()!.protocol, 'TLSv1.2');
  t.is(c.clearIn(Buffer.from('ping'), 0, 4), 4);
  pump(c, s);
  const n = s.clearOut(buf, 0, buf.length);
  t.is(buf.toString('latin1', 0, n), 'ping');
  t.is(s.clearOut(buf, 0, buf.length), 0);
  c.shutdown();
  pump(c, s);
  t.is(s.clearOut(buf, 0, buf.length), -1);
  c.close();
  s.close();
  t.throws(() => c.clearIn(Buffer.from('x')), { code: 'ERR_N10_STATE' } as never);
});

test('Connection: verifyError without the CA, session reuse, NPN', (t) => {
  const sctx = context(1, 'server-key.pem', 'server-cert.pem');
  sctx.setOptions(0x4000); // SSL_OP_NO_TICKET: sessions by id, through the lookup callback
  sctx.setSessionIdContext('n10');
  const cctx = context(2);
  let s = new binding.Connection(sctx, true, null, 0);
  let c = new binding.Connection(cctx, false, null, 0);
  s.setNPNProtocols(Buffer.from('\x02h2\x08http/1.1'));
  c.setNPNProtocols(Buffer.from('\x08http/1.1'));
  handshake(c, s);
  t.is(c.verifyError(), 21); // UNABLE_TO_VERIFY_LEAF_SIGNATURE
  t.is(c.getNegotiatedProtocol(), 'http/1.1');
  const made = s.takeNewSession()!;
  t.true(made[0].length > 0);
  t.is(s.takeNewSession(), undefined);
  const session = c.getSession()!;
  s = new binding.Connection(sctx, true, null, 0);
  c = new binding.Connection(cctx, false, null, 0);
  t.true(c.setSession(session));
  t.true(s.loadSession(made[1]));
  handshake(c, s);
  t.true(c.isSessionReused());
  t.true(s.isSessionReused());
});

test('Connection: a server switched to another context (SNI) shows its certificate', (t) => {
  const s = new binding.Connection(context(1, 'server-key.pem', 'server-cert.pem'), true, null, 0);
  s.setContext(context(1, 'other-key.pem', 'other-cert.pem'));
  const c = new binding.Connection(context(2), false, 'other.test', 0);
  handshake(c, s);
  t.regex(c.getPeerCertificate()!.subject!, /CN=other\.test/);
});

test('Connection: garbage input is a CryptoError, later I/O throws ERR_N10_TLS', (t) => {
  const s = new binding.Connection(context(1, 'server-key.pem', 'server-cert.pem'), true, null, 0);
  s.encIn(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
  const e = t.throws(() => s.clearOut(buf, 0, buf.length)) as Error & { code: string };
  t.regex(e.code, /^ERR_OSSL_/);
  t.throws(() => s.clearOut(buf, 0, buf.length), { code: 'ERR_N10_TLS' } as never);
});

test('SecureContext: bad arguments are TypeErrors, bad PEM a CryptoError', (t) => {
  const c = new binding.SecureContext();
  t.throws(() => c.setKey(Buffer.from('x'), null), { code: 'ERR_N10_STATE' } as never);
  t.throws(() => c.init('x' as never), { instanceOf: TypeError });
  c.init(0);
  t.throws(() => c.setKey('nope' as never, null), { instanceOf: TypeError });
  t.throws(() => c.setCert(Buffer.from('nope')), { message: /./ });
  t.throws(() => c.setKey(pem('server-enc-key.pem'), null));
  t.notThrows(() => c.setKey(pem('server-enc-key.pem'), 'sesame'));
  t.throws(() => c.setCiphers('NOT-A-CIPHER'));
  t.is(c.addCACert(Buffer.concat([pem('ca-cert.pem'), pem('other-cert.pem')])), 2);
  t.notThrows(() => c.loadPKCS12(pem('server.pfx'), 'sesame'));
  t.throws(() => c.loadPKCS12(pem('server.pfx'), 'wrong'));
  t.throws(() => new binding.Connection({} as never, true, null, 0), { instanceOf: TypeError });
  t.throws(() => (binding.Connection as unknown as () => void)(), { instanceOf: TypeError });
  const conn = new binding.Connection(c, false, null, 0);
  t.throws(() => conn.encIn('x' as never), { instanceOf: TypeError });
  t.throws(() => conn.encIn(Buffer.alloc(2), 3), { instanceOf: RangeError });
  t.throws(() => (conn.getSession as unknown as { call(x: unknown): void }).call({}), { instanceOf: TypeError });
  t.is(conn.setSession(Buffer.from('garbage')), false);
});

test('SecureContext / Connection: every method with wrong `this`, junk arguments, after close: throws, never aborts', (t) => {
  const vals: unknown[] = [undefined, null, 0, -1, 1e20, NaN, 'x', {}, [], () => {}, Buffer.alloc(3), new Uint8Array(0), true, Symbol('s')];
  type Method = (...a: unknown[]) => unknown;
  const call = (fn: Method, self: unknown, ...args: unknown[]): void => {
    try {
      fn.apply(self, args);
    } catch {
      /* a TypeError, RangeError or CryptoError: fine */
    }
  };
  for (const Cls of [binding.SecureContext, binding.Connection]) {
    const proto = Cls.prototype as unknown as Record<string, Method>;
    for (const m of Object.getOwnPropertyNames(proto)) {
      if (m === 'constructor') continue;
      for (const self of [{}, null, new binding.SecureContext()]) for (const a of vals) call(proto[m], self, a, 5, a);
    }
  }
  const sc = new binding.SecureContext();
  sc.init(0);
  const conn = new binding.Connection(sc, false, null, 0);
  for (const obj of [conn, sc] as unknown as Array<Record<string, Method>>) {
    for (const m of Object.getOwnPropertyNames(Object.getPrototypeOf(obj))) {
      if (m === 'constructor' || m === 'close' || m === 'init') continue;
      for (const a of vals) for (const c of [undefined, 1, 1e9, -5, 'pw']) call(obj[m], obj, a, c, c);
    }
  }
  for (const a of vals) for (const c of vals) call(binding.Connection as unknown as Method, undefined, a, c, a, c);
  conn.close();
  sc.close();
  for (const obj of [conn, sc] as unknown as Array<Record<string, Method>>) {
    for (const m of Object.getOwnPropertyNames(Object.getPrototypeOf(obj))) if (m !== 'constructor' && m !== 'init') call(obj[m], obj, Buffer.alloc(4));
  }
  t.pass();
});
