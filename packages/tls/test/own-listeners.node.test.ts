// The listeners tls puts on a connection's own streams: a program sees them through listeners().
import test from 'ava';
import tls from '../src/index';
import type { CleartextStreamInstance } from '../src/index';
import { pem, portOf } from './helpers';

test("tls.connect / tls.createServer: the CleartextStream and EncryptedStream have no 'close' listener of tls's own (0.10: destroy() made them unreadable and unwritable itself)", async (t) => {
  const counts: Record<string, number> = {};
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (c: CleartextStreamInstance) => {
    counts.server = c.listeners('close').length;
    c.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const c = tls.connect({ port: portOf(server), rejectUnauthorized: false });
  counts.client = c.listeners('close').length;
  counts.encrypted = c.pair.encrypted.listeners('close').length; // pipe()'s, and the socket's unpipe on close
  await new Promise<void>((resolve) => {
    c.on('close', () => {
      counts.readable = Number(c.readable) + Number(c.writable);
      resolve();
    });
    c.resume();
  });
  server.close();
  t.deepEqual(counts, { server: 0, client: 0, encrypted: 2, readable: 0 });
});
