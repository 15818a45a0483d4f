import test from 'ava';
import * as net from 'node:net';
import { binding, closeHandle, connect, readAll, runNode, text, write } from './helpers';
import type { SocketAddress, TCP } from '../src/index';

const { TCP: TCPWrap } = binding;

function listen(): { server: TCP; port: number } {
  const server = new TCPWrap();
  if (server.bind('127.0.0.1', 0) !== 0) throw new Error('bind');
  if (server.listen(16) !== 0) throw new Error('listen');
  const out: Partial<SocketAddress> = {};
  server.getsockname(out);
  return { server, port: out.port as number };
}

test('TCP server: onconnection(status, client) with the host net module as the peer; onread delivers Uint8Array then UV_EOF', async (t) => {
  const { server, port } = listen();
  t.true(server.fd > 0);
  const accepted = new Promise<TCP>((resolve) => {
    server.onconnection = (status, client) => {
      t.is(status, 0);
      resolve(client as TCP);
    };
  });
  const peer = net.connect(port, '127.0.0.1');
  peer.end('hello from the host');
  const client = await accepted;
  t.true(client instanceof TCPWrap);
  const { data, end } = await readAll(client);
  t.is(data.toString(), 'hello from the host');
  t.is(end, binding.uv.UV_EOF);
  t.is(binding.errname(end), 'EOF');

  const peerAddr: Partial<SocketAddress> = {};
  t.is(client.getpeername(peerAddr), 0);
  t.is(peerAddr.address, '127.0.0.1');
  t.is(peerAddr.family, 'IPv4');
  t.is(peerAddr.port, peer.localPort);
  await closeHandle(client);
  await closeHandle(server);
});

test('TCP client: connect(req, ip, port) → oncomplete(status, handle, req, readable, writable); every write encoding reaches a host server', async (t) => {
  const received = new Promise<Buffer>((resolve) => {
    const srv = net.createServer((sock) => {
      const chunks: Buffer[] = [];
      sock.on('data', (c) => chunks.push(c));
      sock.on('end', () => {
        sock.end();
        srv.close();
        resolve(Buffer.concat(chunks));
      });
    });
    srv.listen(0, '127.0.0.1', () => start((srv.address() as net.AddressInfo).port));
  });
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  const client = new TCPWrap();
  function start(port: number): void {
    const req = {
      oncomplete(status: number, handle: unknown, r: unknown, readable: boolean, writable: boolean) {
        t.is(status, 0);
        t.is(handle, client);
        t.is(r, req);
        t.true(readable && writable);
        void (async () => {
          t.is(await write(client, 'utf8 é '), 0);
          t.is(await write(client, 'latin1 \u00e9 ', 'latin1'), 0);
          t.is(await write(client, 'ucs2 é ', 'ucs2'), 0);
          t.is(await write(client, new Uint8Array([0x62, 0x75, 0x66])), 0);
          t.is(client.writeQueueSize, 0);
          await new Promise<void>((resolve) => client.shutdown({ oncomplete: (status) => (t.is(status, 0), resolve()) }));
          done();
        })();
      },
    };
    t.is(client.connect(req, '127.0.0.1', port), 0);
  }
  const data = await received;
  await finished;
  const expected = Buffer.concat([
    Buffer.from('utf8 é '),
    Buffer.from('latin1 \u00e9 ', 'latin1'),
    Buffer.from('ucs2 é ', 'ucs2'),
    Buffer.from('buf'),
  ]);
  t.deepEqual(data, expected);
  await closeHandle(client);
});

test('TCP write: req.bytes and writeQueueSize are kept current while a large write is queued', async (t) => {
  const { server, port } = listen();
  const accepted = new Promise<TCP>((resolve) => (server.onconnection = (_s, c) => resolve(c as TCP)));
  const client = new TCPWrap();
  t.is(await connect((req) => client.connect(req, '127.0.0.1', port)), 0);
  const peer = await accepted;
  const big = new Uint8Array(8 * 1024 * 1024).fill(7);
  const req = { bytes: 0, oncomplete: (_status: number) => {} };
  const written = new Promise<number>((resolve) => (req.oncomplete = resolve));
  t.is(client.writeBuffer(req, big), 0);
  t.is(req.bytes, big.length);
  t.true(client.writeQueueSize > 0, 'the kernel cannot take 8 MiB at once: the rest is queued');
  const read = readAll(peer);
  t.is(await written, 0);
  t.is(client.writeQueueSize, 0);
  await closeHandle(client);
  const { data, end } = await read;
  t.is(data.length, big.length);
  t.is(end, binding.uv.UV_EOF);
  await closeHandle(peer);
  await closeHandle(server);
});

test('TCP connect to a closed port → oncomplete(UV_ECONNREFUSED)', async (t) => {
  const { server, port } = listen();
  await closeHandle(server);
  const client = new TCPWrap();
  const status = await connect((req) => client.connect(req, '127.0.0.1', port));
  t.is(status, binding.uv.UV_ECONNREFUSED);
  t.is(binding.errnoException(status, 'connect').message, 'connect ECONNREFUSED');
  await closeHandle(client);
});

test('TCP bind errors are returned, not thrown: EADDRINUSE, EINVAL for a bad address', async (t) => {
  const { server, port } = listen();
  const other = new TCPWrap();
  t.is(other.bind('127.0.0.1', port), 0); // bind is lazy in libuv…
  t.is(other.listen(1), binding.uv.UV_EADDRINUSE); // …the error comes at listen
  const bad = new TCPWrap();
  t.is(bad.bind('not an ip', 80), binding.uv.UV_EINVAL);
  t.is(bad.bind('127.0.0.1', 70000), binding.uv.UV_EINVAL);
  await Promise.all([closeHandle(server), closeHandle(other), closeHandle(bad)]);
});

test('TCP IPv6 loopback: bind6/connect6/getsockname', async (t) => {
  const server = new TCPWrap();
  if (server.bind6('::1', 0) !== 0 || server.listen(1) !== 0) {
    await closeHandle(server);
    t.pass('no IPv6 loopback here');
    return;
  }
  const addr: Partial<SocketAddress> = {};
  t.is(server.getsockname(addr), 0);
  t.is(addr.family, 'IPv6');
  t.is(addr.address, '::1');
  server.onconnection = (_s, c) => c && c.close();
  const client = new TCPWrap();
  t.is(await connect((req) => client.connect6(req, '::1', addr.port as number)), 0);
  await Promise.all([closeHandle(client), closeHandle(server)]);
});

test('TCP options: setNoDelay, setKeepAlive, setSimultaneousAccepts, ref/unref/hasRef', async (t) => {
  const { server, port } = listen();
  server.onconnection = (_s, c) => c && c.close();
  const client = new TCPWrap();
  t.is(await connect((req) => client.connect(req, '127.0.0.1', port)), 0);
  t.is(client.setNoDelay(true), 0);
  t.is(client.setKeepAlive(true, 10), 0);
  t.is(client.setKeepAlive(false), 0);
  t.is(client.setSimultaneousAccepts(true), 0);
  t.true(client.hasRef());
  client.unref();
  t.false(client.hasRef());
  client.ref();
  t.true(client.hasRef());
  await Promise.all([closeHandle(client), closeHandle(server)]);
});

test('TCP after close(): methods return UV_EBADF, fd is -1, close() again is a no-op', async (t) => {
  const h = new TCPWrap();
  let calls = 0;
  await new Promise<void>((resolve) =>
    h.close(function (this: unknown) {
      calls++;
      t.is(this, h);
      resolve();
    }),
  );
  h.close(() => calls++);
  t.is(h.fd, -1);
  t.is(h.readStart(), binding.uv.UV_EBADF);
  t.is(h.bind('127.0.0.1', 0), binding.uv.UV_EBADF);
  t.is(h.writeUtf8String({ oncomplete() {} }, 'x'), binding.uv.UV_EBADF);
  t.is(h.listen(1), binding.uv.UV_EBADF);
  t.false(h.hasRef());
  await new Promise((r) => setTimeout(r, 10));
  t.is(calls, 1);
});

test('TCP open(fd): a child process wraps the connected socket it inherited as fd 3', async (t) => {
  const srv = net.createServer((s) => s.end('from host server'));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  t.teardown(() => srv.close());
  const sock = net.connect((srv.address() as net.AddressInfo).port, '127.0.0.1');
  await new Promise<void>((r) => sock.on('connect', r));
  t.teardown(() => sock.destroy());
  const r = await runNode(
    `const h = new binding.TCP();
     const err = h.open(3);
     const out = {}; h.getsockname(out);
     const chunks = [];
     h.onread = (n, buf) => { if (n > 0) chunks.push(Buffer.from(buf)); else { console.log(JSON.stringify({ err, fd: h.fd, port: out.port, data: Buffer.concat(chunks).toString(), end: binding.errname(n) })); h.close(); } };
     h.readStart();`,
    { stdio: ['pipe', 'pipe', 'pipe', sock] },
  );
  t.is(r.stderr, '');
  t.deepEqual(JSON.parse(r.stdout), { err: 0, fd: 3, port: sock.localPort, data: 'from host server', end: 'EOF' });
});

test('onconnection of a connection that is closed at once still delivers an open client handle', async (t) => {
  const { server, port } = listen();
  const got = new Promise<TCP>((resolve) => (server.onconnection = (_s, c) => resolve(c as TCP)));
  const peer = net.connect(port, '127.0.0.1', () => peer.destroy());
  const client = await got;
  const { end } = await readAll(client);
  t.true(end < 0);
  t.true(['EOF', 'ECONNRESET'].includes(binding.errname(end)));
  t.is(text(new Uint8Array([104, 105])), 'hi');
  await Promise.all([closeHandle(client), closeHandle(server)]);
});

test('TCP server: connections pending together are all taken at once (0.10\'s libuv), each with its own onconnection, before the loop turns', async (t) => {
  const { server, port } = listen();
  const { spawnSync } = await import('node:child_process');
  // Three peers connect from another process and wait; then the loop polls the server once.
  const peers = spawnSync(process.execPath, ['-e', `
    const net = require('net'); let n = 0;
    for (let i = 0; i < 3; i++) net.connect(${port}, '127.0.0.1', () => { if (++n === 3) setTimeout(() => process.exit(0), 300); });
  `], { timeout: 20000 });
  t.is(peers.status, 0);
  const got: Array<[number, boolean, number]> = [];
  let turns = 0;
  const check = new binding.Check();
  check.oncheck = () => turns++;
  check.start();
  await new Promise<void>((resolve) => {
    server.onconnection = (status, client) => {
      got.push([status, client instanceof TCPWrap, turns]);
      if (client) (client as TCP).close();
      if (got.length === 3) resolve();
    };
  });
  check.stop();
  await closeHandle(check);
  // The same loop turn (no check phase in between) for all three.
  const turn = got[0][2];
  t.deepEqual(got, [[0, true, turn], [0, true, turn], [0, true, turn]]);
  await closeHandle(server);
});
