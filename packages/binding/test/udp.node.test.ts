import test from 'ava';
import * as dgram from 'node:dgram';
import { binding, closeHandle } from './helpers';
import type { SocketAddress, UDP } from '../src/index';

const { UDP: UDPWrap } = binding;

function bound(): { sock: UDP; port: number } {
  const sock = new UDPWrap();
  if (sock.bind('127.0.0.1', 0, 0) !== 0) throw new Error('bind');
  const out: Partial<SocketAddress> = {};
  sock.getsockname(out);
  return { sock, port: out.port as number };
}

test('UDP echo against a host dgram socket: send(req, buf, offset, length, port, ip) and onmessage(nread, handle, buf, rinfo)', async (t) => {
  const echo = dgram.createSocket('udp4', (msg, rinfo) => echo.send(msg, rinfo.port, rinfo.address));
  await new Promise<void>((r) => echo.bind(0, '127.0.0.1', r));
  t.teardown(() => echo.close());
  const echoPort = echo.address().port;

  const { sock, port } = bound();
  const got = new Promise<{ nread: number; text: string; rinfo: unknown; handle: unknown }>((resolve) => {
    sock.onmessage = (nread, handle, buf, rinfo) => resolve({ nread, handle, rinfo, text: Buffer.from(buf as Uint8Array).toString() });
  });
  t.is(sock.recvStart(), 0);
  t.is(sock.recvStart(), 0, 'starting twice is fine');
  const payload = new TextEncoder().encode('xxping!yy');
  const req = {};
  const sent = new Promise<[number, unknown, unknown]>((resolve) => Object.assign(req, { oncomplete: (s: number, h: unknown, r: unknown) => resolve([s, h, r]) }));
  t.is(sock.send(req as never, payload, 2, 5, echoPort, '127.0.0.1'), 0);
  const [status, handle, r] = await sent;
  t.is(status, 0);
  t.is(handle, sock);
  t.is(r, req);
  const m = await got;
  t.is(m.nread, 5);
  t.is(m.text, 'ping!');
  t.is(m.handle, sock);
  t.deepEqual(m.rinfo, { address: '127.0.0.1', family: 'IPv4', port: echoPort, size: 5 });
  t.is(sock.recvStop(), 0);
  t.true(port > 0);
  await closeHandle(sock);
});

test('UDP receives from a host sender; an empty datagram arrives as nread 0', async (t) => {
  const { sock, port } = bound();
  const messages: Array<[number, string]> = [];
  const done = new Promise<void>((resolve) => {
    sock.onmessage = (nread, _h, buf) => {
      messages.push([nread, Buffer.from(buf as Uint8Array).toString()]);
      if (messages.length === 2) resolve();
    };
  });
  sock.recvStart();
  const host = dgram.createSocket('udp4');
  host.send(Buffer.from('one'), port, '127.0.0.1', () => host.send(Buffer.alloc(0), port, '127.0.0.1', () => host.close()));
  await done;
  t.deepEqual(messages, [
    [3, 'one'],
    [0, ''],
  ]);
  await closeHandle(sock);
});

test('UDP options: setBroadcast, setTTL, setMulticastTTL, setMulticastLoopback, add/dropMembership', async (t) => {
  const sock = new UDPWrap();
  t.is(sock.bind('0.0.0.0', 0, 4 /* reuse addr */), 0);
  t.is(sock.setBroadcast(true), 0);
  t.is(sock.setTTL(10), 0);
  t.is(sock.setTTL(1000), binding.uv.UV_EINVAL);
  t.is(sock.setMulticastTTL(4), 0);
  t.is(sock.setMulticastLoopback(true), 0);
  const join = sock.addMembership('239.1.2.3');
  if (join === 0) t.is(sock.dropMembership('239.1.2.3'), 0);
  else t.true(join < 0, 'no multicast route in this sandbox: an error code, not a throw');
  t.is(sock.addMembership('not-an-ip'), binding.uv.UV_EINVAL);
  await closeHandle(sock);
});

test('UDP IPv6: bind6/send6 over ::1', async (t) => {
  const a = new UDPWrap();
  if (a.bind6('::1', 0, 0) !== 0) {
    await closeHandle(a);
    t.pass('no IPv6 loopback');
    return;
  }
  const out: Partial<SocketAddress> = {};
  a.getsockname(out);
  t.is(out.family, 'IPv6');
  const got = new Promise<string>((resolve) => (a.onmessage = (_n, _h, buf) => resolve(Buffer.from(buf as Uint8Array).toString())));
  a.recvStart();
  const b = new UDPWrap();
  t.is(b.send6({ oncomplete() {} }, new TextEncoder().encode('v6'), 0, 2, out.port as number, '::1'), 0);
  t.is(await got, 'v6');
  await Promise.all([closeHandle(a), closeHandle(b)]);
});

test('UDP send checks offset/length against the buffer (RangeError) and a bad address (UV_EINVAL)', async (t) => {
  const sock = new UDPWrap();
  const buf = new Uint8Array(4);
  t.throws(() => sock.send({ oncomplete() {} }, buf, 2, 3, 9, '127.0.0.1'), { instanceOf: RangeError });
  t.is(sock.send({ oncomplete() {} }, buf, 0, 4, 9, 'nope'), binding.uv.UV_EINVAL);
  await closeHandle(sock);
});
