// A write holds its buffer (and req) until its callback: thousands of small writes whose only
// reference is the binding's, forced GCs in between, and the bytes must arrive intact.
import test from 'ava';
import { join } from 'node:path';
import { binding, closeHandle, connect, tempDir } from './helpers';
import { gc } from './gc';
import type { SocketAddress, StreamHandle, TCP, Pipe } from '../src/index';

const WRITES = 4000;

function chunk(i: number): Uint8Array {
  // Varying sizes and contents, derived from i so the reader can check every byte; every
  // 10th is large, so the kernel's socket buffer fills and writes queue in libuv.
  const len = i % 10 === 9 ? 65536 + i : 1 + (i % 97);
  const a = new Uint8Array(len);
  for (let j = 0; j < len; j++) a[j] = (i * 31 + j) & 0xff;
  return a;
}

function expected(): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < WRITES; i++) parts.push(i % 3 === 2 ? Buffer.from(`<${i}>`) : Buffer.from(chunk(i)));
  return Buffer.concat(parts);
}

async function stress(t: { is(a: unknown, b: unknown): void; true(v: boolean): void }, writer: StreamHandle, reader: StreamHandle): Promise<void> {
  const received: Buffer[] = [];
  let paused = false;
  const done = new Promise<void>((resolve) => {
    reader.onread = (nread, buf) => {
      if (nread < 0) return resolve();
      received.push(Buffer.from(buf as Uint8Array));
      // Stall the reader now and then so writes pile up in the writer's queue.
      if (!paused && received.length % 50 === 0) {
        paused = true;
        reader.readStop();
        setTimeout(() => {
          paused = false;
          gc();
          reader.readStart();
        }, 2);
      }
    };
  });
  reader.readStart();

  let completed = 0;
  let maxQueue = 0;
  const allWritten = new Promise<void>((resolve) => {
    for (let i = 0; i < WRITES; i++) {
      // Neither the buffer nor the req is referenced from JS after this call.
      const err =
        i % 3 === 2
          ? writer.writeUtf8String({ oncomplete: (status) => onDone(status) }, `<${i}>`)
          : writer.writeBuffer({ oncomplete: (status) => onDone(status) }, chunk(i));
      t.is(err, 0);
      maxQueue = Math.max(maxQueue, writer.writeQueueSize);
      if (i % 100 === 0) gc();
    }
    function onDone(status: number): void {
      t.is(status, 0);
      if (++completed % 500 === 0) gc();
      if (completed === WRITES) resolve();
    }
  });
  gc();
  await allWritten;
  await new Promise<void>((r) => writer.shutdown({ oncomplete: () => r() }));
  await done;
  t.true(maxQueue > 0);
  const got = Buffer.concat(received);
  const want = expected();
  t.is(got.length, want.length);
  t.true(got.equals(want));
}

test('GC stress over TCP: 4000 small writes with forced gc() in between arrive intact', async (t) => {
  const server = new binding.TCP();
  server.bind('127.0.0.1', 0);
  server.listen(1);
  const addr: Partial<SocketAddress> = {};
  server.getsockname(addr);
  const accepted = new Promise<TCP>((resolve) => (server.onconnection = (_s, c) => resolve(c as TCP)));
  const client = new binding.TCP();
  t.is(await connect((req) => client.connect(req, '127.0.0.1', addr.port as number)), 0);
  const peer = await accepted;
  await stress(t, client, peer);
  await Promise.all([closeHandle(client), closeHandle(peer), closeHandle(server)]);
});

test('GC stress over a unix pipe, both ends binding handles', async (t) => {
  const path = join(tempDir(t), 'gc.sock');
  const server = new binding.Pipe(false);
  t.is(server.bind(path), 0);
  server.listen(1);
  const accepted = new Promise<Pipe>((resolve) => (server.onconnection = (_s, c) => resolve(c as Pipe)));
  const client = new binding.Pipe(false);
  t.is(await connect((req) => client.connect(req, path)), 0);
  const peer = await accepted;
  await stress(t, peer, client);
  await Promise.all([closeHandle(client), closeHandle(peer), closeHandle(server)]);
});
