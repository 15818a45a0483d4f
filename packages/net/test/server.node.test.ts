// net.Server and connect(), over the binding's TCP and Pipe handles; peers are both n10's
// and the host's own net module.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import hostNet from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from '@n10/net';
import type { SocketInstance, ServerInstance } from '@n10/net';
import util from '@n10/util';

const oracle = path.resolve(__dirname, '../../../tools/node010');
const once = <T = unknown>(emitter: { once(e: string, f: (...a: unknown[]) => void): unknown }, event: string) =>
  new Promise<T>((resolve) => emitter.once(event, (...args: unknown[]) => resolve(args[0] as T)));
let count = 0;
const sockPath = () => path.join(os.tmpdir(), `n10-srv-${process.pid}-${count++}.sock`);

test("require('net'): 0.10's members in order, as node 0.10 inspects them", (t) => {
  const want = spawnSync(oracle, ['-e', "console.log(Object.keys(require('net')).join(' '))"], { encoding: 'utf8' }).stdout.trim();
  t.is(Object.keys(net).join(' '), want);
  t.is(net.createConnection, net.connect);
  t.is(util.inspect(net.isIP), '[Function]');
  t.is(util.inspect(net._normalizeConnectArgs), '[Function: normalizeConnectArgs]');
});

test("net.createServer([options], [connectionListener]); server.listen(port, [host], [backlog], [callback]); Event: 'listening'; server.address()", async (t) => {
  const server = net.createServer();
  const listening = once(server, 'listening');
  let cbCalled = false;
  server.listen(0, '127.0.0.1', () => {
    cbCalled = true;
  });
  await listening;
  t.true(cbCalled);
  const a = server.address() as { address: string; family: string; port: number };
  t.is(a.address, '127.0.0.1');
  t.is(a.family, 'IPv4');
  t.true(a.port > 0);
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test("Event: 'connection'; net.connect(port, [host], [connectListener]); Event: 'connect'", async (t) => {
  const server = net.createServer((s: SocketInstance) => {
    s.end('hi from server');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  const c = net.connect(port, '127.0.0.1', () => {
    t.is(c.readyState, 'open');
  });
  t.is(c.readyState, 'opening');
  await once(c, 'connect');
  const chunks: string[] = [];
  c.setEncoding('utf8');
  c.on('data', (d: string) => chunks.push(d));
  await once(c, 'end');
  t.is(chunks.join(''), 'hi from server');
  server.close();
});

test('net.connect(options, [connectListener]) with a host name; socket.connect(port, [host]); writes made while connecting', async (t) => {
  const server = hostNet.createServer((s) => s.pipe(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as hostNet.AddressInfo).port;
  const c = net.connect({ port, host: 'localhost' });
  c.write('queued while connecting');
  t.true(c.bytesWritten >= 'queued while connecting'.length);
  const got: string[] = [];
  c.setEncoding('utf8');
  c.on('data', (d: string) => {
    got.push(d);
    if (got.join('').length >= 23) c.end();
  });
  await once(c, 'close');
  t.is(got.join(''), 'queued while connecting');
  const s = new net.Socket();
  s.connect(port, '127.0.0.1');
  await once(s, 'connect');
  t.is(s.remotePort, port);
  s.destroy();
  server.close();
});

test('server.listen(path, [callback]) and net.connect(path, [connectListener]): UNIX sockets', async (t) => {
  const file = sockPath();
  const server = net.createServer((s: SocketInstance) => s.end('over a pipe'));
  await new Promise<void>((resolve) => server.listen(file, () => resolve()));
  t.is(server.address(), file);
  const c = net.connect(file);
  const chunks: Buffer[] = [];
  c.on('data', (d: Buffer) => chunks.push(d));
  await once(c, 'end');
  t.is(Buffer.concat(chunks).toString(), 'over a pipe');
  server.close();
});

test('server.listen(handle, [callback]): a server listening on another server\'s handle', async (t) => {
  const first = net.createServer();
  await new Promise<void>((resolve) => first.listen(0, '127.0.0.1', () => resolve()));
  const port = (first.address() as { port: number }).port;
  const second = net.createServer((s: SocketInstance) => s.end('second'));
  await new Promise<void>((resolve) => second.listen(first._handle as object, () => resolve()));
  const c = hostNet.connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  c.on('data', (d) => chunks.push(d));
  await once(c, 'end');
  t.is(Buffer.concat(chunks).toString(), 'second');
  second.close();
});

test("server.close([callback]); Event: 'close' (server) once the last connection is gone; server.getConnections(callback); server.connections", async (t) => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  const conn = once<SocketInstance>(server, 'connection');
  const c = hostNet.connect(port, '127.0.0.1');
  const s = await conn;
  const n = await new Promise<number>((resolve) => server.getConnections((_e, k) => resolve(k)));
  t.is(n, 1);
  let closed = false;
  server.close(() => {
    closed = true;
  });
  await new Promise((r) => setTimeout(r, 30));
  t.false(closed);
  s.destroy();
  await once(server, 'close');
  t.true(closed);
  t.throws(() => server.close(), { message: 'Not running' });
  c.destroy();
});

test('server.maxConnections: connections past it are closed at once', async (t) => {
  const server = net.createServer();
  server.maxConnections = 1;
  const seen: SocketInstance[] = [];
  server.on('connection', (s: SocketInstance) => seen.push(s));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  const a = hostNet.connect(port, '127.0.0.1');
  await once(a, 'connect');
  const b = hostNet.connect(port, '127.0.0.1');
  b.on('error', () => {});
  await once(b, 'close');
  t.is(seen.length, 1);
  a.destroy();
  seen[0].destroy();
  server.close();
});

test("Event: 'error' (server): listening on a port in use is 0.10's EADDRINUSE", async (t) => {
  const first = net.createServer();
  await new Promise<void>((resolve) => first.listen(0, '127.0.0.1', () => resolve()));
  const port = (first.address() as { port: number }).port;
  const second = net.createServer();
  second.listen(port, '127.0.0.1');
  const err = await once<Error & Record<string, unknown>>(second, 'error');
  t.is(err.message, 'listen EADDRINUSE');
  t.deepEqual([err.code, err.errno, err.syscall], ['EADDRINUSE', 'EADDRINUSE', 'listen']);
  first.close();
});

test('connect errors: ECONNREFUSED and ENOTFOUND as 0.10 reported them', async (t) => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const refused = net.connect(port, '127.0.0.1');
  const e1 = await once<Error & Record<string, unknown>>(refused, 'error');
  t.is(e1.message, 'connect ECONNREFUSED');
  t.deepEqual(Object.keys(e1), ['code', 'errno', 'syscall']);
  const bad = net.connect(80, 'nonexistent.invalid');
  const e2 = await once<Error & Record<string, unknown>>(bad, 'error');
  t.is(e2.message, 'getaddrinfo ENOTFOUND');
  t.is(e2.syscall, 'getaddrinfo');
});

test('server.unref() / server.ref(): an unref\'d server does not keep an n10 program alive', (t) => {
  const n10 = path.resolve(__dirname, '../../runtime/bin/n10.js');
  const r = spawnSync(process.execPath, [n10, '-e', "var s = require('net').createServer(); s.listen(0, function(){ console.log('listening'); }); s.unref();"], {
    encoding: 'utf8',
    timeout: 20000,
  });
  t.is(r.stdout, 'listening\n');
  t.is(r.status, 0);
});

test('a server of host peers: many clients at once, every byte echoed', async (t) => {
  const server: ServerInstance = net.createServer((s: SocketInstance) => {
    s.on('data', (d: unknown) => s.write(d as string));
    s.on('end', () => s.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, k) =>
      new Promise<string>((resolve) => {
        const c = hostNet.connect(port, '127.0.0.1');
        const chunks: Buffer[] = [];
        c.on('data', (d) => chunks.push(d));
        c.on('end', () => resolve(Buffer.concat(chunks).toString()));
        c.end(`client ${k} `.repeat(1000));
      }),
    ),
  );
  results.forEach((r, k) => t.is(r, `client ${k} `.repeat(1000)));
  server.close();
  void fs;
});

test('ports as 0.10 took them: the number\'s low 16 bits (connect to 65536 + p reaches p; listen(65537) is port 1); listen(-1) a random port', async (t) => {
  const server = net.createServer((s: SocketInstance) => s.end('hi'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  const c = net.connect(port + 65536, '127.0.0.1');
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d: string) => (got += d));
  await once(c, 'end');
  t.is(got, 'hi');
  const refused = net.connect({ port: -5 });
  const e = await once<Error & Record<string, unknown>>(refused, 'error');
  t.is(e.code, 'ECONNREFUSED');
  server.close();
  const random = net.createServer();
  await new Promise<void>((resolve) => random.listen(-1, () => resolve()));
  t.true((random.address() as { port: number }).port > 0);
  random.close();
});
