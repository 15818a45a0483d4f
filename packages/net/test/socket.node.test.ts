// net.Socket over real stream handles: a binding Pipe or TCP handle connected to the host's
// own net server (a real peer), wrapped as 0.10's server wrapped accepted handles.
import test from 'ava';
import hostNet from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import v8 from 'node:v8';
import binding from '@n10/binding';
import type { ConnectReq, StreamHandle } from '@n10/binding';
import net from '@n10/net';
import dns from '@n10/dns';
import { Buffer as N10Buffer } from '@n10/buffer';
import type { SocketInstance, SocketOptions } from '@n10/net';

type Peer = hostNet.Socket;

interface Pair {
  socket: SocketInstance;
  peer: Peer;
  server: hostNet.Server;
}

let count = 0;

/** A connected n10 socket and the host-side peer socket of the same connection. */
async function pair(kind: 'pipe' | 'tcp', options: SocketOptions = {}): Promise<Pair> {
  const server = hostNet.createServer();
  const peerP = new Promise<Peer>((resolve) => server.once('connection', resolve));
  let handle: StreamHandle;
  const connected = new Promise<number>((resolve) => {
    const req: ConnectReq = { oncomplete: (status) => resolve(status) };
    if (kind === 'pipe') {
      const file = path.join(os.tmpdir(), `n10-net-${process.pid}-${count++}.sock`);
      if (fs.existsSync(file)) fs.unlinkSync(file);
      server.listen(file, () => {
        const pipe = new binding.Pipe();
        handle = pipe;
        pipe.connect(req, file);
      });
    } else {
      server.listen(0, '127.0.0.1', () => {
        const tcp = new binding.TCP();
        handle = tcp;
        tcp.connect(req, '127.0.0.1', (server.address() as hostNet.AddressInfo).port);
      });
    }
  });
  const status = await connected;
  if (status) throw binding.errnoException(status, 'connect');
  const socket = new net.Socket({ handle: handle!, ...options } as SocketOptions);
  // As 0.10's server and connect() do once connected.
  socket.readable = socket.writable = true;
  const peer = await peerP;
  return { socket, peer, server };
}

const once = <T = unknown>(emitter: { once(e: string, f: (...a: unknown[]) => void): unknown }, event: string) =>
  new Promise<T>((resolve) => emitter.once(event, (...args: unknown[]) => resolve(args[0] as T)));

test("net.Stream is net.Socket (the legacy name)", (t) => {
  t.is(net.Stream, net.Socket);
  t.is(typeof net.isIP, 'function');
});

test('new net.Socket([options]): 0.10\'s own fields, not connected', (t) => {
  const s = new net.Socket();
  t.is(s.readyState, 'closed');
  t.is(s.bufferSize, undefined);
  t.is(s.remoteAddress, undefined);
  t.is(s.address(), null);
  t.is(s.bytesWritten, 0);
  t.false(s.allowHalfOpen);
  t.deepEqual(Object.keys(s).slice(-8), ['allowHalfOpen', 'onend', 'destroyed', 'errorEmitted', 'bytesRead', '_bytesDispatched', '_pendingData', '_pendingEncoding']);
  t.is((s as unknown as { _writableState: { decodeStrings: boolean } })._writableState.decodeStrings, false);
  const callable = (net.Socket as unknown as (o?: SocketOptions) => SocketInstance)();
  t.true(callable instanceof net.Socket);
});

test("Event: 'data', socket.setEncoding([encoding]), socket.bytesRead", async (t) => {
  const { socket, peer, server } = await pair('pipe');
  socket.setEncoding('utf8');
  const chunks: string[] = [];
  socket.on('data', (d: string) => chunks.push(d));
  peer.write('héllo ');
  peer.end('wörld');
  await once(socket, 'end');
  t.is(chunks.join(''), 'héllo wörld');
  t.true(chunks.every((c) => typeof c === 'string'));
  t.is(socket.bytesRead, Buffer.byteLength('héllo wörld'));
  server.close();
});

test("socket.write(data, [encoding], [callback]); socket.bytesWritten; Event: 'end' on the peer", async (t) => {
  const { socket, peer, server } = await pair('pipe');
  const got: Buffer[] = [];
  peer.on('data', (d: Buffer) => got.push(d));
  const peerEnd = once(peer, 'end');
  let called = 0;
  socket.write('abc', () => called++);
  socket.write('ff00', 'hex', () => called++);
  socket.write(new N10Buffer([1, 2, 3]), () => called++);
  socket.write('é', 'binary');
  socket.write('hi', 'ucs2');
  socket.write('aGk=', 'base64');
  t.throws(() => socket.write(5 as never), { instanceOf: TypeError, message: 'invalid data' });
  socket.end('!');
  await peerEnd;
  t.is(called, 3);
  t.deepEqual(Buffer.concat(got), Buffer.concat([Buffer.from('abc'), Buffer.from([0xff, 0, 1, 2, 3, 0xe9]), Buffer.from('hi', 'ucs2'), Buffer.from('hi!')]));
  t.is(socket.bytesWritten, 3 + 2 + 3 + 1 + 4 + 2 + 1);
  server.close();
});

test("backpressure: write() returns false past the high-water mark while the peer does not read; 'drain' when it does; socket.bufferSize", async (t) => {
  const { socket, peer, server } = await pair('tcp');
  peer.pause();
  const chunk = new N10Buffer(64 * 1024);
  chunk.fill(120);
  // Until the kernel's buffers are full and the handle queues (writeQueueSize > 0).
  let ret = true;
  let written = 0;
  for (let i = 0; i < 1000 && !socket.bufferSize; i++) {
    ret = socket.write(chunk);
    written += chunk.length;
  }
  t.false(ret);
  t.true((socket.bufferSize as number) > 0);
  t.true(socket._handle!.writeQueueSize > 0);
  let received = 0;
  peer.on('data', (d: Buffer) => {
    received += d.length;
  });
  peer.resume();
  await once(socket, 'drain');
  t.is(socket.bufferSize, 0);
  socket.end();
  await once(peer, 'end');
  t.is(received, written);
  server.close();
});

test('socket.pause() stops reading (push says full); socket.resume() reads on', async (t) => {
  const { socket, peer, server } = await pair('pipe');
  const chunks: Buffer[] = [];
  socket.on('data', (d: Buffer) => chunks.push(d));
  socket.pause();
  peer.write('one');
  await new Promise((r) => setTimeout(r, 50));
  t.is(chunks.length, 0);
  socket.resume();
  await new Promise((r) => setTimeout(r, 50));
  t.is(Buffer.concat(chunks).toString(), 'one');
  socket.destroy();
  server.close();
});

test("half-open: without allowHalfOpen, the peer's end ends this socket too ('end', then 'close')", async (t) => {
  const { socket, peer, server } = await pair('pipe');
  const events: string[] = [];
  socket.on('end', () => events.push('end'));
  socket.on('finish', () => events.push('finish'));
  socket.on('data', () => {});
  const peerEnd = once(peer, 'end');
  const closed = once<boolean>(socket, 'close');
  peer.end();
  t.false(await closed);
  await peerEnd;
  // (as 0.10: the writable side finishes at once, 'end' follows on the next tick)
  t.deepEqual(events, ['finish', 'end']);
  t.is(socket.readyState, 'closed');
  t.true(socket.destroyed);
  server.close();
});

test('half-open: with allowHalfOpen, this side can still write after the peer ended', async (t) => {
  const { socket, peer, server } = await pair('pipe', { allowHalfOpen: true });
  socket.on('data', () => {});
  const got: Buffer[] = [];
  peer.on('data', (d: Buffer) => got.push(d));
  peer.end();
  await once(socket, 'end');
  t.is(socket.readyState, 'writeOnly');
  const closed = once(socket, 'close');
  socket.end('after their end');
  await once(peer, 'close');
  t.is(Buffer.concat(got).toString(), 'after their end');
  await closed;
  server.close();
});

test("writing after the peer's FIN without allowHalfOpen: EPIPE 'This socket has been ended by the other party'", async (t) => {
  const { socket, peer, server } = await pair('pipe');
  socket.on('data', () => {});
  peer.end();
  await once(socket, 'end');
  const errP = once<Error & { code: string }>(socket, 'error');
  socket.write('late');
  const err = await errP;
  t.is(err.message, 'This socket has been ended by the other party');
  t.is(err.code, 'EPIPE');
  server.close();
});

test("socket.destroy(): 'close' with had_error false; writes after it fail", async (t) => {
  const { socket, server } = await pair('pipe');
  const closed = once<boolean>(socket, 'close');
  socket.destroy();
  t.false(await closed);
  t.true(socket.destroyed);
  t.is(socket._handle, null);
  server.close();
});

test("Event: 'error' with 0.10's errno/code/syscall when the peer is gone, then 'close' (had_error true)", async (t) => {
  const { socket, peer, server } = await pair('tcp');
  peer.resetAndDestroy();
  await new Promise((r) => setTimeout(r, 50));
  // (0.10 can emit it twice here: from the failed write's callback and from destroy.)
  const errors: Error[] = [];
  const errP = new Promise<Error & Record<string, unknown>>((resolve) =>
    socket.on('error', (e: Error) => {
      errors.push(e);
      resolve(e as Error & Record<string, unknown>);
    }),
  );
  const closeP = once<boolean>(socket, 'close');
  socket.on('data', () => {});
  for (let i = 0; i < 20; i++) socket.write(new N10Buffer(65536));
  const err = await errP;
  t.regex(err.message, /^(read|write) (ECONNRESET|EPIPE)$/);
  t.is(err.code, err.errno);
  t.deepEqual(Object.keys(err), ['code', 'errno', 'syscall']);
  t.true(await closeP);
  server.close();
});

test('socket.remoteAddress, remotePort, localAddress, localPort, address() over TCP', async (t) => {
  const { socket, peer, server } = await pair('tcp');
  t.is(socket.remoteAddress, '127.0.0.1');
  t.is(socket.remotePort, (server.address() as hostNet.AddressInfo).port);
  t.is(socket.localAddress, '127.0.0.1');
  t.is(socket.localPort, peer.remotePort);
  t.deepEqual(socket.address(), { address: '127.0.0.1', family: 'IPv4', port: peer.remotePort });
  socket.setNoDelay();
  socket.setKeepAlive(true, 1000);
  socket.destroy();
  server.close();
});

test("socket.setTimeout(timeout, [callback]): 'timeout' after idleness; 0 turns it off", async (t) => {
  const { socket, server } = await pair('pipe');
  const started = Date.now();
  await new Promise<void>((resolve) => socket.setTimeout(30, resolve));
  t.true(Date.now() - started >= 25);
  let fired = false;
  socket.setTimeout(20, () => {
    fired = true;
  });
  socket.setTimeout(0);
  await new Promise((r) => setTimeout(r, 60));
  t.false(fired);
  socket.destroy();
  server.close();
});

test('socket.unref() / ref() reach the handle', async (t) => {
  const { socket, server } = await pair('pipe');
  socket.unref();
  t.false((socket._handle as unknown as { hasRef(): boolean }).hasRef());
  socket.ref();
  t.true((socket._handle as unknown as { hasRef(): boolean }).hasRef());
  socket.destroy();
  server.close();
});

test('GC stress: many small writes with forced collections in between arrive intact and in order', async (t) => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const { socket, peer, server } = await pair('tcp');
  const got: Buffer[] = [];
  peer.on('data', (d: Buffer) => got.push(d));
  const done = once(peer, 'end');
  const expected: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const line = `line ${i} ${'x'.repeat(i % 50)}\n`;
    expected.push(line);
    if (i % 2) socket.write(line);
    else socket.write(new N10Buffer(line));
    if (i % 100 === 0) gc();
  }
  socket.end();
  gc();
  await done;
  t.is(Buffer.concat(got).toString(), expected.join(''));
  server.close();
});

test('net.isIP(input), net.isIPv4(input), net.isIPv6(input)', (t) => {
  const cases: Array<[unknown, 0 | 4 | 6]> = [
    ['1.2.3.4', 4], ['01.2.3.4', 0], ['1.2.3', 0], ['256.1.1.1', 0], ['::', 6], ['::1', 6], ['1::', 6],
    ['1:2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7::', 6], ['::ffff:1.2.3.4', 6], ['1:2:3:4:5:6:1.2.3.4', 6],
    ['1:2:3:4:5:6:7:1.2.3.4', 0], [':1', 0], ['1:', 0], ['fe80::1%eth0', 0], ['', 0], ['1::2::3', 0],
    ['abcde::1', 0], [5, 0], [null, 0],
  ];
  for (const [input, v] of cases) {
    t.is(net.isIP(input as string), v, String(input));
    t.is(net.isIPv4(input as string), v === 4);
    t.is(net.isIPv6(input as string), v === 6);
  }
});

test('socket.end() when the readable side is done destroys the socket at once (0.10\'s maybeDestroy in end())', async (t) => {
  const server = net.createServer({ allowHalfOpen: true }, (c: SocketInstance) => {
    c.on('end', () => {
      c.end();
      t.true(c.destroyed);
      server.close();
    });
    c.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const c = net.connect({ port: (server.address() as { port: number }).port, host: '127.0.0.1', allowHalfOpen: true } as never, () => c.end());
  c.resume();
  await new Promise((resolve) => c.on('close', resolve));
  // A socket that was never readable (as process.stdout is): end() destroys it too.
  const s = new net.Socket({ readable: false } as never) as SocketInstance;
  s.readable = false;
  s.end();
  t.true(s.destroyed);
});

test("socket.write(data, 'ascii'): the bytes 0.10 sent (its V8's ascii writer, as Buffer's 'ascii'), not latin1", async (t) => {
  const got: Buffer[] = [];
  const server = hostNet.createServer((c) => {
    c.on('data', (d) => got.push(d));
    c.on('end', () => c.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const c = net.connect((server.address() as { port: number }).port, '127.0.0.1');
  c.write('\u00e9\u0100\u20ac', 'ascii');
  c.end();
  c.resume();
  await new Promise((resolve) => c.on('close', resolve));
  t.deepEqual([...Buffer.concat(got)], [0xe9, 0x20, 0xac]);
  server.close();
});

test('net.connect(port, host): the host is looked up with no family (v4 or v6, the first address), as 0.10\'s dns.lookup(host, cb)', async (t) => {
  const b = binding as unknown as { getaddrinfo: (req: unknown, host: string, family: number) => number };
  const real = b.getaddrinfo;
  const families: number[] = [];
  b.getaddrinfo = function (req, host, family) {
    families.push(family);
    return real.call(this, req, host, family);
  };
  try {
    const server = net.createServer((s: SocketInstance) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const c = net.connect((server.address() as { port: number }).port, 'localhost');
    c.resume();
    await new Promise((resolve) => c.on('close', resolve));
    server.close();
  } finally {
    b.getaddrinfo = real;
  }
  t.deepEqual(families, [0]);
});

test('net.connect(port, host) and server.listen(port, host) look the host up through dns.lookup as the program sees it (0.10 called require("dns").lookup each time)', async (t) => {
  const d = dns as unknown as { lookup: (host: string, cb: (...a: unknown[]) => void) => unknown };
  const real = d.lookup;
  const asked: string[] = [];
  d.lookup = function (host: string, cb: (...a: unknown[]) => void) {
    if (host === 'alias.invalid') asked.push(host); // (other tests run meanwhile)
    return real.call(dns, host === 'alias.invalid' ? '127.0.0.1' : host, cb);
  };
  try {
    const server = net.createServer((s: SocketInstance) => s.end('hi'));
    await new Promise<void>((resolve) => server.listen(0, 'alias.invalid', () => resolve()));
    t.is((server.address() as { address: string }).address, '127.0.0.1');
    const c = net.connect((server.address() as { port: number }).port, 'alias.invalid');
    const got: string[] = [];
    c.on('data', (b: Uint8Array) => got.push(String(b)));
    await new Promise((resolve) => c.on('close', resolve));
    server.close();
    t.deepEqual(got, ['hi']);
  } finally {
    d.lookup = real;
  }
  t.deepEqual(asked, ['alias.invalid', 'alias.invalid']);
});

test("'end' (net.Socket, allowHalfOpen): the peer's last bytes and its FIN, on a connection already shut down here, arrive on two turns of the loop, as with libuv 0.10", async (t) => {
  const server = hostNet.createServer({ allowHalfOpen: true }, (peer) => {
    peer.resume();
    peer.on('end', () => setTimeout(() => peer.end('last'), 10));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const seen: string[] = [];
  const c = net.connect({ port: (server.address() as { port: number }).port, host: '127.0.0.1', allowHalfOpen: true } as never, () => c.end());
  c.on('data', (d: Uint8Array) => {
    seen.push('data ' + String(d));
    setImmediate(() => seen.push('immediate'));
  });
  c.on('end', () => seen.push('end'));
  await new Promise((resolve) => c.on('close', resolve));
  server.close();
  t.deepEqual(seen, ['data last', 'immediate', 'end']);
});

test("Event: 'close' (socket): emitted by an anonymous callback the handle calls as its close method, as 0.10's (a stack shows TCP.close)", async (t) => {
  const server = net.createServer((c) => c.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const stack = await new Promise<string>((resolve) => {
    const c = net.connect((server.address() as { port: number }).port, '127.0.0.1');
    c.resume();
    c.on('close', () => resolve(String(new Error().stack)));
  });
  server.close();
  const frames = stack.split('\n').slice(1).map((l) => l.trim());
  t.true(frames.some((f) => /^at TCP\.close\b/.test(f)), frames.join('\n'));
});
