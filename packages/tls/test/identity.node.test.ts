// tls.checkServerIdentity(host, cert): the same answers as node 0.10 for every rule, and the
// module's shape.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import tls from '../src/index';
import { oracle } from './helpers';

const CASES: Array<[string, Record<string, unknown>]> = [
  ['a.com', { subject: { CN: 'a.com' } }],
  ['a.com', { subject: { CN: 'b.com' } }],
  ['a.com', { subject: { CN: 'a.com' }, subjectaltname: 'DNS:b.com' }],
  ['b.a.com', { subject: { CN: '*.a.com' } }],
  ['a.com', { subject: { CN: '*.com' } }],
  ['x.b.a.com', { subject: { CN: '*.a.com' } }],
  ['foo.example.com', { subjectaltname: 'DNS:f*.example.com' }],
  ['bar.example.com', { subjectaltname: 'DNS:f*.example.com' }],
  ['a.b.c', { subjectaltname: 'DNS:a.*.c' }],
  ['127.0.0.1', { subject: { CN: '127.0.0.1' } }],
  ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }],
  ['127.0.0.2', { subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' }],
  ['x.a.com', { subjectaltname: 'URI:http://*.a.com/' }],
  ['a.com', { subjectaltname: 'URI:http://a.com/' }],
  ['A.COM.', { subject: { CN: 'a.com' } }],
  ['a.com', { subject: { CN: ['x.com', 'a.com'] } }],
  ['a.com', { subject: {} }],
  ['.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['x.a.b.c', { subjectaltname: 'DNS:*.a.b.c' }],
  ['xa.b', { subjectaltname: 'DNS:*a.b' }],
  ['a-b.c.d', { subjectaltname: 'DNS:*-b.c.d' }],
  ['a_b.c.d', { subjectaltname: 'DNS:*_b.c.d' }],
  ['ab.c.d', { subjectaltname: 'DNS:**.c.d' }],
  ['a.b.c.d', { subjectaltname: 'DNS:*.*.c.d' }],
  ['localhost', { subjectaltname: 'DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1' }],
  ['www.example.com', { subjectaltname: 'DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1' }],
  ['example.com', { subjectaltname: 'DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1' }],
  ['a.b+c.d', { subject: { CN: 'a.b+c.d' } }],
];

test('tls.checkServerIdentity(host, cert) answers as node 0.10 does', (t) => {
  const code = `var c=${JSON.stringify(CASES)};console.log(JSON.stringify(c.map(function(x){return require('tls').checkServerIdentity(x[0],x[1])})))`;
  const expected = JSON.parse(spawnSync(oracle, ['-e', code], { encoding: 'utf8' }).stdout);
  t.deepEqual(
    CASES.map(([host, cert]) => tls.checkServerIdentity(host, cert as never)),
    expected,
  );
});

test("require('tls'): 0.10's members in 0.10's order, constants", (t) => {
  t.deepEqual(Object.keys(tls), ['CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW', 'SLAB_BUFFER_SIZE', 'getCiphers', 'checkServerIdentity', 'createSecurePair', 'Server', 'createServer', 'connect']);
  t.is(tls.SLAB_BUFFER_SIZE, 10 * 1024 * 1024);
  t.is(tls.CLIENT_RENEG_LIMIT, 3);
  t.is(tls.CLIENT_RENEG_WINDOW, 600);
  const ciphers = tls.getCiphers();
  t.true(ciphers.includes('aes128-sha'));
  t.true(ciphers.includes('aes256-gcm-sha384'));
  t.true(ciphers.every((c) => c === c.toLowerCase() && !/^tls_/.test(c)));
});

test("tls.createSecurePair(): the streams' _read and _write are 0.10's named functions read and write; the pair's methods are anonymous", (t) => {
  const pair = tls.createSecurePair() as unknown as {
    cleartext: { _read: () => void; _write: () => void };
    encrypted: { _read: () => void; _write: () => void };
    maybeInitFinished: () => void;
    destroy: () => void;
  };
  t.is(pair.cleartext._read.name, 'read');
  t.is(pair.cleartext._write.name, 'write');
  t.is(pair.encrypted._write, pair.cleartext._write);
  t.is(pair.maybeInitFinished.name, '');
  t.is(pair.destroy.name, '');
  pair.destroy();
});
