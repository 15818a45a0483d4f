// Every handle type, request kind, query, crypto and zlib call once, for valgrind (scripts/valgrind.mjs): small,
// because node under valgrind is ~50x slower. Plain CommonJS over the built dist/.
'use strict';
const path = require('path');
const os = require('os');
const fs = require('fs');
const { Worker } = require('worker_threads');
const b = require('../../dist/index.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-valgrind-'));
const log = (...a) => process.env.N10_VALGRIND_VERBOSE && console.log(...a);
const steps = [];
const step = (name, fn) => steps.push([name, fn]);
function check(cond, what) {
  if (!cond) throw new Error('check failed: ' + what);
}

step('tcp', (done) => {
  const server = new b.TCP();
  check(server.bind('127.0.0.1', 0) === 0, 'bind');
  check(server.listen(4) === 0, 'listen');
  const addr = {};
  server.getsockname(addr);
  server.onconnection = (status, c) => {
    let got = '';
    c.onread = (n, buf) => {
      if (n > 0) got += Buffer.from(buf).toString('latin1');
      else {
        check(got.length > 0, 'tcp data');
        c.close(() => server.close(done));
      }
    };
    c.readStart();
  };
  const client = new b.TCP();
  client.connect({
    oncomplete(status) {
      check(status === 0, 'connect');
      client.setNoDelay(true);
      client.setKeepAlive(true, 1);
      const peer = {};
      client.getpeername(peer);
      let n = 0;
      const w = { oncomplete() { if (++n === 4) client.shutdown({ oncomplete() { client.close(); } }); } };
      client.writeBuffer(w, new Uint8Array(100000).fill(1));
      client.writeUtf8String(w, 'é');
      client.writeLatin1String(w, 'é');
      client.writeUcs2String(w, 'é');
    },
  }, '127.0.0.1', addr.port);
  const refused = new b.TCP();
  refused.connect({ oncomplete(status) { check(status < 0, 'refused'); refused.close(); } }, '127.0.0.1', 1);
});

step('pipe', (done) => {
  const sock = path.join(dir, 'p.sock');
  const server = new b.Pipe(false);
  server.bind(sock);
  server.listen(1);
  server.onconnection = (s, c) => {
    c.onread = (n) => { if (n < 0) c.close(() => server.close(done)); };
    c.readStart();
  };
  const client = new b.Pipe(false);
  client.connect({ oncomplete() { client.writeUtf8String({ oncomplete() { client.close(); } }, 'x'.repeat(5000)); } }, sock);
});

step('udp', (done) => {
  const a = new b.UDP();
  a.bind('127.0.0.1', 0, 0);
  const addr = {};
  a.getsockname(addr);
  a.onmessage = (n, h, buf, rinfo) => {
    check(n === 3 && rinfo.port > 0, 'udp message');
    a.close(() => c.close(done));
  };
  a.recvStart();
  a.setTTL(5);
  a.setBroadcast(true);
  a.setMulticastLoopback(true);
  const c = new b.UDP();
  c.send({ oncomplete(status) { check(status === 0, 'send'); } }, new Uint8Array([1, 2, 3]), 0, 3, addr.port, '127.0.0.1');
});

step('timer, check, idle', (done) => {
  const t = new b.Timer();
  const c = new b.Check();
  const i = new b.Idle();
  let ticks = 0;
  t.ontimeout = () => {
    if (++ticks === 3) {
      t.stop();
      // A check alone lets the loop block in poll: an idle keeps it spinning (setImmediate's pair).
      let idled = false;
      i.start(() => { idled = true; });
      c.start(() => { c.stop(); i.stop(); check(idled, 'idle ran'); t.close(); c.close(); i.close(done); });
    }
  };
  t.start(1, 1);
  check(t.getRepeat() === 1 && b.Timer.now() > 0, 'timer');
});

step('signal', (done) => {
  const s = new b.Signal();
  s.onsignal = (n) => { check(n === b.constants.signals.SIGUSR2, 'signum'); s.close(done); };
  s.start(b.constants.signals.SIGUSR2);
  b.kill(b.getpid(), b.constants.signals.SIGUSR2);
});

step('process', (done) => {
  const out = new b.Pipe(false);
  const inp = new b.Pipe(false);
  const p = new b.Process();
  let text = '';
  p.onexit = (code) => {
    check(code === 0, 'cat exit');
    const failed = new b.Process();
    check(failed.spawn({ file: '/nonexistent', args: ['x'] }) < 0, 'failed spawn');
    check(failed.exited() === undefined, 'failed exited()');
    failed.close();
    const never = new b.Process();
    check(never.exited() === undefined, 'never exited()');
    never.close();
    check(p.exited() === undefined, 'reaped exited()');
    p.close();
    inp.close();
  };
  out.onread = (n, buf) => {
    if (n > 0) text += Buffer.from(buf).toString();
    else { check(text === 'via cat', 'cat output'); out.close(done); }
  };
  const err = p.spawn({ file: '/bin/cat', args: ['cat'], stdio: [{ type: 'pipe', handle: inp }, { type: 'pipe', handle: out }, { type: 'ignore' }] });
  check(err === 0, 'spawn');
  check(p.exited() === undefined, 'running exited()');
  out.readStart();
  inp.writeUtf8String({ oncomplete() { inp.shutdown({ oncomplete() {} }); } }, 'via cat');
});

step('fs sync + async', (done) => {
  const { O_RDWR, O_CREAT, O_TRUNC } = b.constants.fs;
  const f = path.join(dir, 'f');
  const fd = b.open(f, O_RDWR | O_CREAT | O_TRUNC, 0o644);
  b.writeString(fd, 'hello', null, 'utf8');
  b.writeBuffer(fd, new Uint8Array([33]), 0, 1, null);
  b.fstat(fd);
  b.fsync(fd);
  b.ftruncate(fd, 3);
  b.close(fd);
  try { b.open('/nope', 0, 0); } catch (e) { check(e.code === 'ENOENT', 'sync error'); }
  b.mkdir(path.join(dir, 'd'), 0o755);
  b.symlink('f', path.join(dir, 'l'), 0);
  b.readlink(path.join(dir, 'l'));
  b.readdir(dir);
  b.utimes(f, 1, 2);
  b.chmod(f, 0o600);
  b.rename(path.join(dir, 'l'), path.join(dir, 'l2'));
  b.unlink(path.join(dir, 'l2'));
  b.rmdir(path.join(dir, 'd'));
  const pending = [];
  const req = (name) => { const r = { oncomplete(err) { pending.splice(pending.indexOf(r), 1); if (!pending.length) done(); } }; pending.push(r); return r; };
  b.stat(f, req('stat'));
  b.lstat(f, req('lstat'));
  b.readdir(dir, req('readdir'));
  b.open('/nope', 0, 0, req('open error'));
  const buf = new Uint8Array(10);
  const rfd = b.open(f, 0, 0);
  const readReq = req('read');
  b.read(rfd, buf, 0, 10, 0, { oncomplete(err, n) { check(n === 3, 'read'); b.close(rfd, req('close')); readReq.oncomplete(null); } });
});

step('fs_event, fs_poll', (done) => {
  const f = path.join(dir, 'watched');
  fs.writeFileSync(f, 'a');
  const ev = new b.FSEvent();
  const poll = new b.StatWatcher();
  let left = 2;
  const end = () => { if (--left === 0) { ev.close(); poll.close(done); } };
  ev.onchange = () => { ev.onchange = null; end(); };
  poll.onchange = () => { poll.onchange = null; poll.stop(); end(); };
  ev.start(f, true);
  poll.start(f, true, 10);
  setTimeout(() => fs.writeFileSync(f, 'changed'), 100);
});

step('dns', (done) => {
  b.getaddrinfo({ oncomplete(status, addrs) {
    check(status === 0 && addrs.length > 0, 'getaddrinfo');
    b.getnameinfo({ oncomplete() { done(); } }, '127.0.0.1', 80);
  } }, 'localhost', 0);
});

step('os and process queries', (done) => {
  b.getHostname(); b.getLoadAvg(); b.getUptime(); b.getFreeMem(); b.getTotalMem(); b.getCPUs();
  b.getOSType(); b.getOSRelease(); b.getInterfaceAddresses(); b.getEndianness();
  b.hrtime(); b.hrtime(new Float64Array(2)); b.getResidentMemory(); b.memoryUsage(); b.uptime();
  b.umask(); b.cwd(); b.getuid(); b.getgroups(); b.getpid(); b.getppid(); b.getTitle();
  b.getExecPath(); b.getEnv(); b.setEnv('N10_VG', '1'); b.unsetEnv('N10_VG');
  b.guessHandleType(0); b.isTTY(0); b.errname(-2);
  b.uvException(-2, 'open', '/x', { sync: true }); b.errnoException(-111, 'connect');
  for (const bad of [() => b.open(1), () => new b.Timer().start('x'), () => b.TCP.prototype.readStart.call({}), () => b.read(0, new Uint8Array(1), 5, 5, 0)]) {
    try { bad(); } catch (e) { check(e instanceof TypeError || e instanceof RangeError, 'bad args'); }
  }
  done();
});

step('crypto: hashes, hmac, pbkdf2, random, ciphers, keys, big numbers', (done) => {
  const data = Buffer.from('valgrind '.repeat(300));
  for (const name of ['sha256', 'md5', 'md4', 'whirlpool', 'RSA-SHA1', 'sha3-256']) {
    const h = new b.Hash(name);
    h.update(data, 3, 500);
    const c = h.copy();
    c.update(data);
    check(h.digest().length > 0 && c.digest().length > 0, 'hash ' + name);
  }
  try { new b.Hash('nope'); } catch (e) { check(e.code === 'ERR_N10_UNKNOWN_DIGEST', 'unknown digest'); }
  const hm = new b.Hmac('sha256', Buffer.from('key'));
  hm.update(data);
  check(Buffer.from(hm.digest()).equals(require('crypto').createHmac('sha256', 'key').update(data).digest()), 'hmac');
  new b.Hmac('sha1', new Uint8Array(0)).digest();
  check(b.pbkdf2(Buffer.from('password'), Buffer.from('salt'), 2, 20, 'sha1').length === 20, 'pbkdf2');
  const r = new Uint8Array(100);
  b.randomFill(r, 10, 50);
  check(b.getHashes().length > 10 && b.getCiphers().length > 50 && b.getCipherInfo('aes256').keyLength === 32, 'lists');
  for (const [name, kl, ivl] of [['aes-256-cbc', 32, 16], ['bf-cbc', 5, 8], ['rc4', 16, 0], ['aes-128-ctr', 16, 16], ['des-ede3-cbc', 24, 8]]) {
    const key = new Uint8Array(kl).fill(7);
    const iv = ivl ? new Uint8Array(ivl).fill(1) : null;
    const e = new b.CipherBase();
    e.init(name, key, iv, true);
    const ct = Buffer.concat([e.update(data, 0, 333), e.update(data, 333), e.final()]);
    const d = new b.CipherBase();
    d.init(name, key, iv, false);
    check(Buffer.concat([d.update(ct, 0, 17), d.update(ct, 17), d.final()]).equals(data), 'cipher ' + name);
  }
  const bad = new b.CipherBase();
  bad.init('aes-128-cbc', new Uint8Array(16), new Uint8Array(16), false);
  bad.update(new Uint8Array(32).fill(9));
  try { bad.final(); } catch (e) { check(e.code === 'ERR_OSSL_BAD_DECRYPT', 'bad decrypt'); }
  const nopad = new b.CipherBase();
  nopad.init('aes-128-ecb', new Uint8Array(16), null, true);
  nopad.setAutoPadding(false);
  nopad.update(new Uint8Array(5));
  try { nopad.final(); } catch (e) { check(/^ERR_OSSL_/.test(e.code), 'partial block'); }
  b.bytesToKey('aes-256-cbc', 'md5', Buffer.from('pw'), null, 1);
  const keys = require('child_process').execFileSync;
  keys('openssl', ['genrsa', '-out', path.join(dir, 'k.pem'), '1024'], { stdio: 'ignore' });
  keys('openssl', ['rsa', '-in', path.join(dir, 'k.pem'), '-pubout', '-out', path.join(dir, 'k.pub')], { stdio: 'ignore' });
  keys('openssl', ['req', '-new', '-x509', '-key', path.join(dir, 'k.pem'), '-subj', '/CN=vg', '-out', path.join(dir, 'k.crt')], { stdio: 'ignore' });
  const s = new b.Sign();
  s.init('sha256');
  s.update(data);
  const sig = s.sign(fs.readFileSync(path.join(dir, 'k.pem')), null);
  for (const pub of ['k.pub', 'k.crt']) {
    const v = new b.Verify();
    v.init('sha256');
    v.update(data);
    check(v.verify(fs.readFileSync(path.join(dir, pub)), sig), 'verify ' + pub);
  }
  const s2 = new b.Sign();
  s2.init('sha1');
  try { s2.sign(Buffer.from('not a key'), Buffer.from('pass')); } catch (e) { check(/^ERR_OSSL_/.test(e.code), 'bad key'); }
  check(b.modPow(Uint8Array.of(2), Uint8Array.of(10), Uint8Array.of(0x03, 0xe9))[0] === 23, 'modPow'); // 1024 mod 1001
  const p = b.generatePrime(64, true, Uint8Array.of(24), Uint8Array.of(11));
  check(b.checkPrime(p), 'prime');
  let left = 3;
  const end = () => { if (--left === 0) done(); };
  b.pbkdf2(Buffer.from('pw'), Buffer.from('salt'), 10, 40, 'sha256', { oncomplete(err, key) { check(!err && key.length === 40, 'async pbkdf2'); end(); } });
  b.randomFill(new Uint8Array(64), 0, 64, { oncomplete(err) { check(err === null, 'async random'); end(); } });
  b.generatePrime(64, false, null, null, { oncomplete(err, q) { check(!err && b.checkPrime(q), 'async prime'); end(); } });
});

step('zlib: deflate, inflate, gzip, errors, dictionary, params, reset, close', (done) => {
  const Z = b.constants.zlib;
  const input = Buffer.from('zlib under valgrind '.repeat(2000));
  const d = new b.Zlib(Z.GZIP);
  d.init(15, 6, 8, 0);
  const out = new Uint8Array(65536);
  const r = d.writeSync(Z.Z_FINISH, input, 0, input.length, out, 0, out.length);
  const gz = out.subarray(0, out.length - r[0]);
  check(require('zlib').gunzipSync(gz).equals(input), 'gzip');
  d.close();
  const bad = new b.Zlib(Z.INFLATE);
  bad.init(15, 0, 0, 0);
  try { bad.writeSync(Z.Z_FINISH, Buffer.from('garbage'), 0, 7, new Uint8Array(10), 0, 10); } catch (e) { check(e.code === 'Z_DATA_ERROR', 'sync error'); }
  const dict = Buffer.from('zlib under');
  const dd = new b.Zlib(Z.DEFLATE);
  dd.init(15, 9, 9, 0, dict);
  dd.writeSync(Z.Z_SYNC_FLUSH, input, 0, 1000, new Uint8Array(2000), 0, 2000);
  dd.params(1, 0);
  dd.reset();
  const i = new b.Zlib(Z.GUNZIP);
  i.init(15, 0, 0, 0);
  const back = new Uint8Array(input.length);
  let off = 0;
  let outOff = 0;
  const step2 = () => {
    const n = Math.min(100, gz.length - off);
    i.write(n ? Z.Z_NO_FLUSH : Z.Z_FINISH, n ? gz : null, off, n, back, outOff, back.length - outOff, {
      oncomplete(availOut, availIn, code) {
        off += n - availIn;
        outOff = back.length - availOut;
        if (code !== Z.Z_STREAM_END && n) return step2();
        check(Buffer.from(back).equals(input), 'gunzip async');
        i.close();
        const e = new b.Zlib(Z.INFLATE);
        e.init(15, 0, 0, 0);
        e.onerror = (msg, errno) => {
          check(errno === Z.Z_DATA_ERROR, 'onerror');
          e.close();
          const w = new b.Zlib(Z.DEFLATE);
          w.init(15, 1, 8, 0);
          w.write(Z.Z_FINISH, input, 0, input.length, new Uint8Array(100), 0, 100, { oncomplete() { done(); } });
          w.close(); // pending until the write ends
        };
        e.write(Z.Z_FINISH, Buffer.from('garbage'), 0, 7, new Uint8Array(10), 0, 10, { oncomplete() {} });
      },
    });
  };
  step2();
});

step('tls: SecureContext and Connection, a handshake in memory, data, sessions, errors', (done) => {
  const F = path.join(__dirname, '../../../tls/test/fixtures/');
  const pem = (f) => fs.readFileSync(F + f);
  const ctx = (kind) => { const c = new b.SecureContext(); c.init(kind); c.setMaxProto(0x303); return c; };
  const sc = ctx(1); sc.setKey(pem('server-enc-key.pem'), 'sesame'); sc.setCert(pem('server-cert.pem'));
  sc.addCACert(pem('ca-cert.pem')); sc.setSessionIdContext('v'); sc.setOptions(0x4000);
  const pfx = ctx(1); pfx.loadPKCS12(pem('server.pfx'), 'sesame');
  try { pfx.loadPKCS12(pem('server.pfx'), 'bad'); } catch (e) { /* expected */ }
  const roots = ctx(2); roots.addRootCerts(); const cc = ctx(2); cc.addRootCerts(false); cc.addCACert(pem('ca-cert.pem'));
  check(cc.getCiphers().length > 0, 'ciphers');
  const buf = Buffer.alloc(20000);
  const pump = (a, z) => { let n; while ((n = a.encOut(buf, 0, buf.length)) > 0) z.encIn(buf, 0, n); };
  const pairUp = (session) => {
    const s = new b.Connection(sc, true, null, 1), c = new b.Connection(cc, false, 'localhost', 0);
    s.setNPNProtocols(Buffer.from('\x08http/1.1')); c.setNPNProtocols(Buffer.from('\x08http/1.1'));
    if (session) { c.setSession(session.client); s.loadSession(session.server); }
    c.start();
    for (let k = 0; k < 10; k++) { pump(c, s); s.clearOut(buf, 0, buf.length); pump(s, c); c.clearOut(buf, 0, buf.length); }
    check(c.isInitFinished() && s.isInitFinished(), 'handshake');
    return [s, c];
  };
  const [s, c] = pairUp();
  check(c.verifyError() === 0 && s.verifyError() === -1, 'verify');
  c.getPeerCertificate(); c.getCurrentCipher(); c.getNegotiatedProtocol(); s.getServername();
  c.clearIn(Buffer.alloc(50000, 1), 0, 50000); pump(c, s);
  let got = 0, n; while ((n = s.clearOut(buf, 0, buf.length)) > 0) got += n;
  check(got === 50000, 'data');
  const made = s.takeNewSession();
  const session = { client: c.getSession(), server: made[1] };
  c.shutdown(); pump(c, s); s.clearOut(buf, 0, buf.length); s.close();
  const [s2, c2] = pairUp(session);
  check(c2.isSessionReused(), 'resumed');
  s2.setContext(pfx);
  const g = new b.Connection(sc, true, null, 0);
  g.encIn(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
  try { g.clearOut(buf, 0, buf.length); } catch (e) { /* expected */ }
  try { new b.Connection({}, true, null, 0); } catch (e) { /* expected */ }
  // c, c2, s2 and the contexts are left to the garbage collector and the cleanup hook.
  setImmediate(done);
});

step('worker terminated with open handles', (done) => {
  const w = new Worker(`
    const b = require(${JSON.stringify(path.join(__dirname, '..', '..', 'dist', 'index.js'))});
    const s = new b.TCP(); s.bind('127.0.0.1', 0); s.listen(1);
    const t = new b.Timer(); t.ontimeout = () => {}; t.start(100000, 0);
    b.stat('.', { oncomplete() {} });
    const Z = b.constants.zlib;
    const z = new b.Zlib(Z.DEFLATE); z.init(15, 9, 9, 0);
    z.write(Z.Z_FINISH, new Uint8Array(1 << 20), 0, 1 << 20, new Uint8Array(1 << 20), 0, 1 << 20, { oncomplete() {} });
    b.pbkdf2(new Uint8Array(4), new Uint8Array(4), 20000, 20, 'sha1', { oncomplete() {} });
    b.generatePrime(1024, true, Uint8Array.of(24), Uint8Array.of(11), { oncomplete() {} });
    new b.Hash('sha1'); new b.CipherBase().init('aes-128-cbc', new Uint8Array(16), new Uint8Array(16), true);
    const tc = new b.SecureContext(); tc.init(2); const tconn = new b.Connection(tc, false, 'x', 0); tconn.start(); tconn.encOut(new Uint8Array(4096));
    require('worker_threads').parentPort.postMessage('ready');`, { eval: true });
  w.once('message', () => w.terminate());
  w.once('exit', () => done());
});

let i = 0;
(function next() {
  if (i === steps.length) {
    fs.rmSync(dir, { recursive: true, force: true });
    // Left open on purpose: the environment's cleanup hook closes them at exit.
    const t = new b.Timer(); t.start(100000, 0); t.unref();
    const u = new b.UDP(); u.bind('127.0.0.1', 0, 0); u.recvStart(); u.unref();
    const h = new b.Hash('sha256'); h.update(Buffer.from('left for the cleanup hook'));
    const z = new b.Zlib(b.constants.zlib.INFLATE); z.init(15, 0, 0, 0);
    console.log('valgrind smoke: ' + steps.length + ' steps ok');
    return;
  }
  const [name, fn] = steps[i++];
  log('step', name);
  fn(next);
})();
