// When a CleartextStream's 'data' comes: 0.10 pushed the plaintext inside the stream's own
// read() (CryptoStream._read), so 'readable' — and the 'data' of a listener — came on the next
// tick, after the ticks already queued, never inside the handshake's 'secureConnect'.
import test from 'ava';
import process from '@n10/process';
import tls from '../src/index';
import type { CleartextStreamInstance } from '../src/index';
import { pem, portOf } from './helpers';

test("Event: 'data' (CleartextStream): emitted on a later tick than the cycle that read it, as 0.10's emitReadable_", async (t) => {
  const log: string[] = [];
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (c: CleartextStreamInstance) => {
    c.write('hello');
    c.on('data', () => c.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const done = new Promise<void>((resolve) => {
    const c = tls.connect({ port: portOf(server), rejectUnauthorized: false }, () => {
      log.push('secureConnect');
      c.write('y', () => log.push('write cb'));
      process.nextTick(() => log.push('tick'));
    });
    c.on('data', (d: unknown) => {
      log.push('data ' + String(d));
      process.nextTick(() => log.push('tick after data'));
    });
    c.on('end', () => resolve());
  });
  await done;
  server.close();
  t.deepEqual(log.slice(0, 5), ['secureConnect', 'write cb', 'tick', 'data hello', 'tick after data']);
});
