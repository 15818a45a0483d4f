// require('tls'): members, constants, types, getCiphers() basics, checkServerIdentity rules.
var tls = require('tls');
console.log(Object.keys(tls));
console.log(tls.SLAB_BUFFER_SIZE, tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW);
console.log(typeof tls.Server, typeof tls.createServer, typeof tls.connect, typeof tls.createSecurePair);
var ciphers = tls.getCiphers();
console.log(Array.isArray(ciphers), ciphers.indexOf('aes128-sha') !== -1, ciphers.indexOf('aes256-sha') !== -1,
  ciphers.every(function (c) { return c === c.toLowerCase(); }));
var cases = [
  ['a.com', { subject: { CN: 'a.com' } }],
  ['b.a.com', { subject: { CN: '*.a.com' } }],
  ['a.com', { subject: { CN: '*.com' } }],
  ['a.com', { subject: { CN: 'a.com' }, subjectaltname: 'DNS:b.com' }],
  ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }],
  ['127.0.0.1', { subject: { CN: '127.0.0.1' } }],
  ['x.a.com', { subjectaltname: 'URI:http://*.a.com/' }],
  ['foo.example.com', { subjectaltname: 'DNS:f*.example.com' }],
  ['a.b.c', { subjectaltname: 'DNS:a.*.c' }],
  ['a-b.c.d', { subjectaltname: 'DNS:*-b.c.d' }]
];
console.log(cases.map(function (c) { return tls.checkServerIdentity(c[0], c[1]); }));
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var s = tls.createServer({ key: fs.readFileSync('fixtures/server-key.pem'), cert: fs.readFileSync('fixtures/server-cert.pem') });
console.log(Object.keys(s));
console.log(s.requestCert, s.rejectUnauthorized, typeof s.SNICallback, s instanceof require('net').Server);
try { new tls.Server({ requestCert: true }); } catch (e) { console.log(e.message); }
var s2 = new tls.Server({ requestCert: true, rejectUnauthorized: true, key: r('server-key.pem'), cert: r('server-cert.pem') });
console.log(s2.requestCert, s2.rejectUnauthorized, typeof s2.sessionIdContext);
var p = tls.createSecurePair();
console.log(typeof p.cleartext, typeof p.encrypted, p.cleartext.readable, p.encrypted.writable, typeof p.cleartext.pipe);
