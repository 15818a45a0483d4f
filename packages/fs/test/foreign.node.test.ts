// A program on a current Node writes its own (host) Buffers, and npm `buffer`'s, through @n10/fs.
import test from 'ava';
import { Buffer as HostBuffer } from 'node:buffer';
import { Buffer as NpmBuffer } from 'buffer/index.js';
import buffer from '@n10/buffer';
import { callback, fs, hostFs, scratch } from './helpers/tmp';

const { Buffer } = buffer;
const dir = scratch('foreign');
let n = 0;
const fresh = (): string => `${dir}/f${n++}`;

test('fs.writeFile(filename, host Buffer) and fs.appendFile(filename, npm buffer)', async (t) => {
  const p = fresh();
  const [err] = await callback(fs.writeFile, p, HostBuffer.from('host '));
  t.is(err, null);
  const [err2] = await callback(fs.appendFile, p, NpmBuffer.from('npm'));
  t.is(err2, null);
  t.is(hostFs.readFileSync(p, 'utf8'), 'host npm');
  fs.writeFileSync(p, HostBuffer.from('sync'));
  fs.appendFileSync(p, HostBuffer.from('!'));
  t.is(hostFs.readFileSync(p, 'utf8'), 'sync!');
});

test('fs.write(fd, host Buffer, …) / fs.writeSync, and fs.read(fd, host Buffer, …) / readSync fill the host Buffer', async (t) => {
  const p = fresh();
  const fd = fs.openSync(p, 'w+');
  t.teardown(() => fs.closeSync(fd));
  const [err, written, buf] = await callback(fs.write, fd, HostBuffer.from('0123456789'), 2, 5, 0);
  t.is(err, null);
  t.is(written, 5);
  t.true(HostBuffer.isBuffer(buf), "the callback gets the caller's own buffer back, as in 0.10");
  t.is(fs.writeSync(fd, NpmBuffer.from('xy') as never, 0, 2, 5), 2);
  t.is(hostFs.readFileSync(p, 'utf8'), '23456xy');
  const into = HostBuffer.alloc(7);
  const [rerr, bytesRead, same] = await callback(fs.read, fd, into, 0, 7, 0);
  t.is(rerr, null);
  t.is(bytesRead, 7);
  t.is(same, into);
  t.is(into.toString(), '23456xy');
  const into2 = HostBuffer.alloc(3);
  t.is(fs.readSync(fd, into2 as never, 0, 3, 4), 3);
  t.is(into2.toString(), '6xy');
});

test('fs.createWriteStream(path).write(host Buffer); fs.createReadStream gives n10 Buffers the host takes', async (t) => {
  const p = fresh();
  const ws = fs.createWriteStream(p);
  const data = HostBuffer.alloc(200 * 1024, 'abcdefg');
  await new Promise<void>((resolve, reject) => {
    ws.on('error', reject);
    ws.on('finish', () => resolve());
    ws.write(data.subarray(0, 100) as never);
    ws.write(NpmBuffer.from('|npm|') as never);
    ws.end(data.subarray(100) as never);
  });
  const want = HostBuffer.concat([data.subarray(0, 100), HostBuffer.from('|npm|'), data.subarray(100)]);
  t.true(hostFs.readFileSync(p).equals(want));
  const chunks: Uint8Array[] = [];
  await new Promise<void>((resolve, reject) => {
    const rs = fs.createReadStream(p);
    rs.on('data', (c: Uint8Array) => {
      t.true(c instanceof Buffer);
      chunks.push(c);
    });
    rs.on('end', resolve).on('error', reject);
  });
  t.true(HostBuffer.concat(chunks).equals(want));
});

test('a plain Uint8Array is not a Buffer to fs.write, as in 0.10', (t) => {
  const p = fresh();
  const fd = fs.openSync(p, 'w');
  t.teardown(() => fs.closeSync(fd));
  t.throws(() => fs.writeSync(fd, new Uint8Array([1, 2]) as never, 0, 2));
});
