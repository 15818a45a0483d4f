// When socket.send()'s callback runs, as 0.10 ran it: its libuv wrote a datagram in the next
// poll phase and called back at once, so the callback always came before anyone (even a socket
// of the same process) could receive the datagram; each callback was followed by its ticks.
import test from 'ava';
import dgram from '@n10/dgram';
import type { SocketInstance } from '@n10/dgram';
import { Buffer } from '@n10/buffer';
import process from '@n10/process';

function receiver(expect: number, log: string[]): Promise<{ b: SocketInstance; port: number; done: Promise<void> }> {
  const b = dgram.createSocket('udp4');
  let n = 0;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  b.on('message', (m: unknown) => {
    log.push('b got ' + String(m));
    if (++n === expect) {
      b.close();
      finish();
    }
  });
  return new Promise((resolve) => b.bind(0, '127.0.0.1', () => resolve({ b, port: b.address().port, done })));
}

test('socket.send(buf, offset, length, port, address, [callback]): unbound, to a name then to an IP: each callback before its datagram is received', async (t) => {
  const log: string[] = [];
  const { port, done } = await receiver(2, log);
  const a = dgram.createSocket('udp4');
  a.on('listening', () => log.push('a listening'));
  a.send(new Buffer('one'), 0, 3, port, 'localhost', (err, n) => log.push('sent1 ' + String(err) + ' ' + n));
  a.send(new Buffer('two'), 0, 3, port, '127.0.0.1', (err, n) => log.push('sent2 ' + String(err) + ' ' + n));
  await done;
  a.close();
  t.is(log[0], 'a listening');
  t.true(log.indexOf('sent1 null 3') >= 0 && log.indexOf('sent1 null 3') < log.indexOf('b got one'), log.join(', '));
  t.true(log.indexOf('sent2 null 3') >= 0 && log.indexOf('sent2 null 3') < log.indexOf('b got two'), log.join(', '));
});

test('socket.send(): many sends in a row from a bound socket call back in order, each followed by its ticks, all before the receipts', async (t) => {
  const log: string[] = [];
  const { port, done } = await receiver(4, log);
  const a = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => a.bind(0, '127.0.0.1', () => resolve()));
  for (let i = 0; i < 4; i++) {
    a.send(new Buffer('m' + i), 0, 2, port, '127.0.0.1', () => {
      log.push('sent' + i);
      process.nextTick(() => log.push('tick' + i));
    });
  }
  await done;
  a.close();
  t.deepEqual(log.slice(0, 8), ['sent0', 'tick0', 'sent1', 'tick1', 'sent2', 'tick2', 'sent3', 'tick3']);
  t.deepEqual(log.slice(8).sort(), ['b got m0', 'b got m1', 'b got m2', 'b got m3']);
});

test("socket.send() from the 'listening' listener and from the bind callback: callbacks before receipts", async (t) => {
  const log: string[] = [];
  const { port, done } = await receiver(2, log);
  const a = dgram.createSocket('udp4');
  a.on('listening', () => a.send(new Buffer('L'), 0, 1, port, '127.0.0.1', () => log.push('sentL')));
  a.bind(0, () => a.send(new Buffer('C'), 0, 1, port, 'localhost', () => log.push('sentC')));
  await done;
  a.close();
  t.true(log.indexOf('sentL') >= 0 && log.indexOf('sentL') < log.indexOf('b got L'), log.join(', '));
  t.true(log.indexOf('sentC') >= 0 && log.indexOf('sentC') < log.indexOf('b got C'), log.join(', '));
});

test('socket.close(): a send whose address is known but not yet written is cancelled, and 0.10 still called back (null, length) once the socket closed', async (t) => {
  const a = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => a.bind(0, '127.0.0.1', () => resolve()));
  const log: string[] = [];
  const got = new Promise<unknown[]>((resolve) => a.send(new Buffer('abc'), 0, 3, 9, '127.0.0.1', (...args: unknown[]) => resolve(args)));
  // The lookup of an IP answers on the next tick; close after it.
  process.nextTick(() => process.nextTick(() => {
    a.close();
    log.push('closed');
  }));
  t.deepEqual(await got, [null, 3]);
  t.deepEqual(log, ['closed']);
});

test('socket.send(): a name that does not resolve calls back with the error, then emits it; the sends after it still go', async (t) => {
  const log: string[] = [];
  const { port, done } = await receiver(1, log);
  const a = dgram.createSocket('udp4');
  const error = new Promise<void>((resolve) => a.on('error', (e: { code?: string }) => {
    log.push('error ' + e.code);
    resolve();
  }));
  a.send(new Buffer('x'), 0, 1, port, 'nonexistent.invalid', (err) => log.push('sentX ' + (err && (err as { code?: string }).code)));
  a.send(new Buffer('y'), 0, 1, port, '127.0.0.1', (err, n) => log.push('sentY ' + String(err) + ' ' + n));
  await Promise.all([done, error]);
  a.close();
  t.true(log.indexOf('sentY null 1') >= 0 && log.indexOf('sentY null 1') < log.indexOf('b got y'), log.join(', '));
  t.true(log.indexOf('sentX ENOTFOUND') >= 0 && log.indexOf('sentX ENOTFOUND') + 1 === log.indexOf('error ENOTFOUND'), log.join(', '));
});
