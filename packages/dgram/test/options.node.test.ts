// The socket options (broadcast, TTLs, multicast), membership, and ref/unref.
import test from 'ava';
import { spawn } from 'node:child_process';
import hostDgram from 'node:dgram';
import path from 'node:path';
import dgram from '@n10/dgram';
import type { SocketInstance } from '@n10/dgram';
import { Buffer } from '@n10/buffer';

function bound(address = '0.0.0.0', type: 'udp4' | 'udp6' = 'udp4'): Promise<SocketInstance> {
  const s = dgram.createSocket(type);
  return new Promise((resolve) => s.bind(0, address, () => resolve(s)));
}

function errorOf(f: () => unknown): string {
  try {
    f();
    return 'no error';
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return `${err.name}: ${err.message}${err.code ? ' ' + err.code : ''}`;
  }
}

test('socket.setBroadcast(flag): undefined; EBADF before bind; broadcast sends then go out', async (t) => {
  const unboundSocket = dgram.createSocket('udp4');
  t.is(errorOf(() => unboundSocket.setBroadcast(true)), 'Error: setBroadcast EBADF EBADF');
  unboundSocket.close();
  t.is(errorOf(() => unboundSocket.setBroadcast(true)), "TypeError: Cannot call method 'setBroadcast' of null");

  const s = await bound();
  t.is(s.setBroadcast(true), undefined);
  t.is(s.setBroadcast('yes'), undefined);
  const args = await new Promise<unknown[]>((resolve) => s.send(new Buffer('b'), 0, 1, 9, '255.255.255.255', (...a: unknown[]) => resolve(a)));
  t.deepEqual(args, [null, 1]);
  t.is(s.setBroadcast(false), undefined);
  s.close();
});

test('socket.setTTL(ttl): returns ttl; 1..255; a number only; EBADF before bind', async (t) => {
  const u = dgram.createSocket('udp4');
  t.is(errorOf(() => u.setTTL(10)), 'Error: setTTL EBADF EBADF');
  t.is(errorOf(() => u.setTTL('x' as never)), 'TypeError: Argument must be a number');
  // the range is checked first, as libuv 0.10 did
  t.is(errorOf(() => u.setTTL(0)), 'Error: setTTL EINVAL EINVAL');
  t.is(errorOf(() => u.setTTL(NaN)), 'Error: setTTL EINVAL EINVAL');
  t.is(errorOf(() => u.setTTL(1.5)), 'Error: setTTL EBADF EBADF');
  u.close();
  t.is(errorOf(() => u.setTTL(5)), "TypeError: Cannot call method 'setTTL' of null");
  const s = await bound();
  t.is(s.setTTL(10), 10);
  t.is(s.setTTL(255), 255);
  t.is(errorOf(() => s.setTTL(0)), 'Error: setTTL EINVAL EINVAL');
  t.is(errorOf(() => s.setTTL(300)), 'Error: setTTL EINVAL EINVAL');
  s.close();
});

test('socket.setMulticastTTL(ttl): returns ttl; 0..255; a number only; EBADF before bind', async (t) => {
  const u = dgram.createSocket('udp4');
  t.is(errorOf(() => u.setMulticastTTL(3)), 'Error: setMulticastTTL EBADF EBADF');
  t.is(errorOf(() => u.setMulticastTTL('x' as never)), 'TypeError: Argument must be a number');
  t.is(errorOf(() => u.setMulticastTTL(256)), 'Error: setMulticastTTL EINVAL EINVAL');
  t.is(errorOf(() => u.setMulticastTTL(0)), 'Error: setMulticastTTL EBADF EBADF');
  u.close();
  const s = await bound();
  t.is(s.setMulticastTTL(0), 0);
  t.is(s.setMulticastTTL(10), 10);
  t.is(errorOf(() => s.setMulticastTTL(300)), 'Error: setMulticastTTL EINVAL EINVAL');
  s.close();
});

test('socket.setMulticastLoopback(flag): returns 1 or 0; EBADF before bind', async (t) => {
  const u = dgram.createSocket('udp4');
  t.is(errorOf(() => u.setMulticastLoopback(true)), 'Error: setMulticastLoopback EBADF EBADF');
  u.close();
  const s = await bound();
  t.is(s.setMulticastLoopback(true), 1);
  t.is(s.setMulticastLoopback(0), 0);
  t.is(s.setMulticastLoopback('on'), 1);
  s.close();
});

test('socket.addMembership(multicastAddress, [multicastInterface]); socket.dropMembership(…): errors as 0.10', async (t) => {
  const u = dgram.createSocket('udp4');
  t.is(errorOf(() => u.addMembership('224.0.0.114')), 'Error: addMembership EBADF EBADF');
  t.is(errorOf(() => u.dropMembership('224.0.0.114')), 'Error: dropMembership EBADF EBADF');
  t.is(errorOf(() => (u.addMembership as () => void)()), 'Error: multicast address must be specified');
  u.close();
  t.is(errorOf(() => u.addMembership('224.0.0.114')), 'Error: Not running');
  t.is(errorOf(() => u.dropMembership('224.0.0.114')), 'Error: Not running');

  const s = await bound();
  t.is(s.addMembership('224.0.0.114'), undefined);
  t.is(errorOf(() => s.addMembership('224.0.0.114')), 'Error: addMembership EADDRINUSE EADDRINUSE');
  t.is(s.addMembership('224.0.0.115', '127.0.0.1'), undefined);
  t.is(s.dropMembership('224.0.0.114'), undefined);
  t.is(errorOf(() => s.dropMembership('224.0.0.114')), 'Error: dropMembership EADDRNOTAVAIL EADDRNOTAVAIL');
  t.is(errorOf(() => s.dropMembership('foo')), 'Error: dropMembership EADDRNOTAVAIL EADDRNOTAVAIL');
  t.is(errorOf(() => (s.dropMembership as () => void)()), 'Error: multicast address must be specified');
  t.is(errorOf(() => s.addMembership('1.2.3.4')), 'Error: addMembership EINVAL EINVAL');
  t.is(errorOf(() => s.addMembership('foo')), 'Error: addMembership EINVAL EINVAL');
  t.is(errorOf(() => s.addMembership('224.0.0.116', 'foo')), 'Error: addMembership ENODEV ENODEV');
  t.is(errorOf(() => s.addMembership('224.0.0.117', '')), 'Error: addMembership ENODEV ENODEV');
  t.is(s.addMembership('224.0.0.118', null as never), undefined);
  // 0.10 joined IPv4 groups only
  t.is(errorOf(() => s.addMembership('ff02::1')), 'Error: addMembership EINVAL EINVAL');
  s.close();
});

test('socket.addMembership(): multicast on the loopback interface, with the host dgram as sender', async (t) => {
  const group = '239.255.10.' + (1 + (process.pid % 250));
  const s = await bound('0.0.0.0');
  try {
    s.addMembership(group, '127.0.0.1');
  } catch (e) {
    t.log('the sandbox does not allow joining on lo: ' + (e as Error).message);
    s.close();
    t.pass();
    return;
  }
  const host = hostDgram.createSocket('udp4');
  await new Promise<void>((resolve) => host.bind(0, '127.0.0.1', resolve));
  try {
    host.setMulticastInterface('127.0.0.1');
    host.setMulticastLoopback(true);
  } catch (e) {
    t.log('no multicast interface on lo: ' + (e as Error).message);
  }
  const got = new Promise<string | null>((resolve) => {
    s.on('message', (m) => resolve(m.toString()));
    setTimeout(() => resolve(null), 2000).unref();
  });
  const sent = await new Promise<Error | null>((resolve) => host.send('to the group', s.address().port, group, (err) => resolve(err)));
  const msg = sent ? null : await got;
  if (msg === null) {
    t.log('multicast did not arrive on lo here (' + (sent ? sent.message : 'no datagram') + ')');
    t.pass();
  } else {
    t.is(msg, 'to the group');
    s.dropMembership(group, '127.0.0.1');
  }
  s.close();
  host.close();
});

test('socket.addMembership(): an IPv4 group on a udp6 socket is accepted, as 0.10', async (t) => {
  const s = await bound('::', 'udp6');
  t.is(errorOf(() => s.addMembership('224.0.0.114')), 'no error');
  s.close();
});

// A child that binds a socket, then calls the given methods, and prints 'exit' when its
// process ends on its own; a referenced socket keeps it running until the parent kills it.
function runChild(calls: string): Promise<string> {
  const src = `
    const dgram = require('@n10/dgram');
    const s = dgram.createSocket('udp4');
    s.bind(0, '127.0.0.1', () => { ${calls}; console.log('bound'); });
    process.on('exit', () => console.log('exit'));
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import=tsx', '--conditions=n10-source', '-e', src], { cwd: path.resolve(__dirname, '..') });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill(), 3000);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(out.trim().split('\n').join(' '));
    });
  });
}

test('socket.unref(): a bound socket alone no longer keeps the process running; unref twice is fine', async (t) => {
  t.is(await runChild('s.unref(); s.unref()'), 'bound exit');
});

test('socket.ref(): after unref, keeps the process running again', async (t) => {
  t.is(await runChild('s.unref(); s.ref(); s.ref()'), 'bound');
});

test('socket.ref()/unref(): undefined, and harmless once closed', (t) => {
  const s = dgram.createSocket('udp4');
  t.is(s.unref(), undefined);
  t.is(s.ref(), undefined);
  s.close();
  t.is(s.ref(), undefined);
  t.is(s.unref(), undefined);
});
