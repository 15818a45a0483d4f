// Type-level check (npm run typecheck; not an ava file, never run): a TypeScript program on a
// current Node passes its own Buffers (and npm `buffer`'s) to the @n10 packages without casts —
// their signatures take @n10/buffer's ForeignBuffer where 0.10 took a Buffer — and a plain
// Uint8Array is refused, as at run time.
import { Buffer as HostBuffer } from 'node:buffer';
import { Buffer as NpmBuffer } from 'buffer/index.js';
import buffer from '@n10/buffer';
import stream from '@n10/stream';
import zlib from '@n10/zlib';
import crypto from '@n10/crypto';
import fs from '@n10/fs';
import net from '@n10/net';
import dgram from '@n10/dgram';
import http from '@n10/http';
import { StringDecoder } from '@n10/string_decoder';

export function check(): void {
  const h = HostBuffer.from('x');
  const n = NpmBuffer.from('x');
  const g: Buffer = Buffer.alloc(1);
  buffer.Buffer.concat([h, n, g, new buffer.Buffer(1)]);
  new buffer.Buffer(1).copy(h);
  new stream.PassThrough().write(h);
  new stream.PassThrough().write(g);
  zlib.gzip(h, () => {});
  zlib.gzip(n, () => {});
  crypto.createHash('md5').update(h);
  crypto.createHmac('sha1', h);
  crypto.pbkdf2Sync(h, h, 1, 1);
  fs.writeFileSync('/tmp/x', h);
  fs.writeSync(1, h, 0, 1, null);
  fs.readSync(1, g, 0, 1, null);
  new net.Socket().write(h);
  dgram.createSocket('udp4').send(h, 0, 1, 1, '127.0.0.1');
  http.createServer((_req, res) => {
    res.write(n);
    res.end(h);
  });
  new StringDecoder('utf8').write(h);
  // @ts-expect-error a plain Uint8Array is not a Buffer
  buffer.Buffer.concat([new Uint8Array(1)]);
  // @ts-expect-error a plain Uint8Array is not a Buffer
  zlib.gzip(new Uint8Array(1), () => {});
  // @ts-expect-error a plain Uint8Array is not a Buffer
  fs.writeSync(1, new Uint8Array(1), 0, 1, null);
}
