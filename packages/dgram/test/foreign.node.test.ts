// A program on a current Node sends its own (host) Buffers through @n10/dgram.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import hostDgram from 'node:dgram';
import { Buffer as NpmBuffer } from 'buffer/index.js';
import buffer from '@n10/buffer';
import dgram from '@n10/dgram';

const { Buffer } = buffer;

test('socket.send(host Buffer, offset, length, port, address, callback) reaches a host socket; replies come back as n10 Buffers', async (t) => {
  const host = hostDgram.createSocket('udp4');
  await new Promise<void>((resolve) => host.bind(0, '127.0.0.1', () => resolve()));
  const port = host.address().port;
  const got: string[] = [];
  const done = new Promise<void>((resolve) => {
    host.on('message', (msg, rinfo) => {
      got.push(msg.toString());
      host.send(msg, rinfo.port, rinfo.address);
      if (got.length === 2) resolve();
    });
  });
  const s = dgram.createSocket('udp4');
  const replies: unknown[] = [];
  const replied = new Promise<void>((resolve) => {
    s.on('message', (msg: unknown) => {
      replies.push(msg);
      if (replies.length === 2) resolve();
    });
  });
  const sent = await new Promise<unknown[]>((resolve) => s.send(HostBuffer.from('xxhello host') as never, 2, 10, port, '127.0.0.1', (...a: unknown[]) => resolve(a)));
  t.deepEqual(sent, [null, 12], "0.10's callback gets the whole buffer's length");
  s.send(NpmBuffer.from('npm') as never, 0, 3, port, '127.0.0.1');
  await done;
  await replied;
  t.deepEqual(got.sort(), ['hello host', 'npm']);
  t.true(replies.every((r) => r instanceof Buffer));
  s.close();
  host.close();
});

test('socket.send(plain Uint8Array) throws as in 0.10', (t) => {
  const s = dgram.createSocket('udp4');
  t.throws(() => s.send(new Uint8Array(2) as never, 0, 2, 9, '127.0.0.1'), { message: 'First argument must be a buffer object.' });
  s.close();
});
