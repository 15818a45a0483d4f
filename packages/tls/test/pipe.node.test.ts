// The pair's encrypted side piped to its socket (src/pipe.ts).
import test from 'ava';
import tls from '../src/index';
import { once, pem, portOf } from './helpers';

type Raw = { destroy(...a: unknown[]): unknown; destroySoon(): unknown };

test("tls.connect: once the pair has closed, its socket is destroyed (0.10's pipe: socket.destroy() on the tick after the encrypted side's 'close'), not ended after its pending writes", async (t) => {
  const server = tls.createServer({ key: pem('server-key.pem'), cert: pem('server-cert.pem') }, (s) => {
    s.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const c = tls.connect({ port: portOf(server), host: '127.0.0.1', rejectUnauthorized: false });
  await once(c, 'secureConnect');
  const raw = (c as unknown as { socket: Raw }).socket;
  const calls: string[] = [];
  const destroy = raw.destroy;
  const destroySoon = raw.destroySoon;
  raw.destroy = function (this: Raw, ...a: unknown[]) {
    calls.push('destroy');
    return destroy.apply(this, a);
  };
  raw.destroySoon = function (this: Raw) {
    calls.push('destroySoon');
    return destroySoon.apply(this);
  };
  c.destroy();
  await once(c, 'close');
  await new Promise((r) => setImmediate(r));
  t.is(calls[0], 'destroy');
  t.false(calls.includes('destroySoon'));
  server.close();
});
