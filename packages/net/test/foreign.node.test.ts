// A program on a current Node writes its own (host) Buffers through @n10/net to a host server,
// and hands the n10 Buffers it reads to the host's sockets.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import hostNet from 'node:net';
import { Buffer as NpmBuffer } from 'buffer/index.js';
import buffer from '@n10/buffer';
import net from '@n10/net';

const { Buffer } = buffer;

test('socket.write(host Buffer) / socket.end(host Buffer) reach a host net server intact', async (t) => {
  const payload = HostBuffer.alloc(256 * 1024);
  for (let i = 0; i < payload.length; i++) payload[i] = (i * 13) & 0xff;
  const received = new Promise<HostBuffer>((resolve) => {
    const server = hostNet.createServer((peer) => {
      const parts: HostBuffer[] = [];
      peer.on('data', (d) => parts.push(d));
      peer.on('end', () => {
        server.close();
        resolve(HostBuffer.concat(parts));
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as hostNet.AddressInfo).port;
      const s = net.connect(port, '127.0.0.1');
      // Written before 'connect', and after.
      t.true(typeof s.write(payload.subarray(0, 1000) as never) === 'boolean');
      s.on('connect', () => {
        s.write(NpmBuffer.from('|npm|') as never);
        s.write('|text|');
        s.end(payload.subarray(1000) as never);
      });
    });
  });
  const got = await received;
  const want = HostBuffer.concat([payload.subarray(0, 1000), HostBuffer.from('|npm||text|'), payload.subarray(1000)]);
  t.is(got.length, want.length);
  t.true(got.equals(want));
});

test('an n10 server echoes through host client sockets: n10 Buffers go to the host socket.write', async (t) => {
  const server = net.createServer((conn) => {
    conn.on('data', (d: unknown) => {
      t.true(d instanceof Buffer);
      conn.write(d as never);
    });
    conn.on('end', () => conn.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  const echoed = await new Promise<HostBuffer>((resolve) => {
    const c = hostNet.connect(port, '127.0.0.1', () => c.end(HostBuffer.from('echo me')));
    const parts: HostBuffer[] = [];
    c.on('data', (d) => parts.push(d));
    c.on('end', () => resolve(HostBuffer.concat(parts)));
  });
  server.close();
  t.is(echoed.toString(), 'echo me');
});

test('socket.write(plain Uint8Array) throws 0.10\'s invalid data', (t) => {
  const s = new net.Socket();
  t.throws(() => s.write(new Uint8Array(1) as never), { message: 'invalid data' });
});
