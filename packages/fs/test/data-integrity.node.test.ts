// No data loss: 200 MiB written through a WriteStream (honouring backpressure) and read back
// through a ReadStream into a slow consumer; the SHA-256 of what was written, of the file,
// and of what was read must agree.
import test from 'ava';
import { createHash } from 'node:crypto';
import buffer from '@n10/buffer';
import stream from '@n10/stream';
import { fs, hostFs, scratch } from './helpers/tmp';

const Buffer = buffer.Buffer;
const dir = scratch('integrity');
const CHUNK = 64 * 1024;
const CHUNKS = 3200; // 200 MiB

/** Deterministic, non-repeating bytes (xorshift32), one chunk at a time. */
function chunkAt(i: number): InstanceType<typeof Buffer> {
  const b = new Buffer(CHUNK);
  const words = new Uint32Array(b.buffer, b.byteOffset, CHUNK / 4);
  let x = (i + 1) * 2654435761;
  for (let w = 0; w < words.length; w++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[w] = x >>> 0;
  }
  return b;
}

test.serial('200 MiB through WriteStream then ReadStream with a slow consumer: same bytes, same hash', async (t) => {
  const file = `${dir}/big`;
  const written = createHash('sha256');

  const w = fs.createWriteStream(file);
  for (let i = 0; i < CHUNKS; i++) {
    const c = chunkAt(i);
    written.update(c);
    if (!w.write(c)) await new Promise((r) => w.once('drain', r));
  }
  await new Promise((r) => {
    w.on('close', r);
    w.end();
  });
  const writtenHash = written.digest('hex');
  t.is(w.bytesWritten, CHUNK * CHUNKS);
  t.is(hostFs.statSync(file).size, CHUNK * CHUNKS);

  const onDisk = createHash('sha256');
  const fd = hostFs.openSync(file, 'r');
  const scratchBuf = new Uint8Array(4 * 1024 * 1024);
  for (let got; (got = hostFs.readSync(fd, scratchBuf, 0, scratchBuf.length, null)) > 0; ) onDisk.update(scratchBuf.subarray(0, got));
  hostFs.closeSync(fd);
  t.is(onDisk.digest('hex'), writtenHash, 'the file holds what was written');

  const read = createHash('sha256');
  let bytes = 0;
  let chunks = 0;
  const slow = new stream.Writable({ highWaterMark: 16 * 1024 });
  slow._write = (chunk, _enc, done) => {
    read.update(chunk as unknown as Uint8Array);
    bytes += (chunk as unknown as Uint8Array).length;
    // a consumer slower than the disk: every chunk waits a turn, every 64th a timer
    if (++chunks % 64 === 0) setTimeout(done, 1);
    else setImmediate(done);
  };
  const r = fs.createReadStream(file);
  await new Promise((resolve) => {
    slow.on('finish', resolve);
    r.pipe(slow);
  });
  t.is(bytes, CHUNK * CHUNKS);
  t.is(read.digest('hex'), writtenHash, 'what was read is what was written');
  hostFs.unlinkSync(file);
});
