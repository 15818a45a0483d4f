// dns.lookup replaced by a program: 0.10's dgram (bind, send) asked require('dns').lookup at
// each call, so it is asked; dns.resolve*'s own sockets (c-ares in 0.10) never ask it.
import test from 'ava';
import dgram from '@n10/dgram';
import dns from '@n10/dns';
import { configure } from '@n10/dns/internal';
import { startDnsServer } from './helpers/dns-server';

type LookupFn = (host: unknown, family: unknown, cb?: unknown) => unknown;

function replaceLookup(asked: string[]): () => void {
  const d = dns as unknown as { lookup: LookupFn };
  const real = d.lookup;
  d.lookup = function (this: unknown, host: unknown) {
    asked.push(String(host));
    const args = Array.prototype.slice.call(arguments) as unknown[];
    if (host === 'alias.invalid') args[0] = '127.0.0.1';
    return (real as (...a: unknown[]) => unknown).apply(this, args);
  } as LookupFn;
  return () => {
    d.lookup = real;
  };
}

test.serial('dgram socket.send(buf, offset, length, port, address) and its implicit bind ask dns.lookup as the program left it (0.10)', async (t) => {
  const asked: string[] = [];
  const restore = replaceLookup(asked);
  try {
    const receiver = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => receiver.bind(0, '127.0.0.1', () => resolve()));
    const got = new Promise<string>((resolve) => receiver.on('message', (m: Uint8Array) => resolve(String(m))));
    const sender = dgram.createSocket('udp4');
    sender.send(Buffer.from('hi') as never, 0, 2, receiver.address().port, 'alias.invalid');
    t.is(await got, 'hi');
    sender.close();
    receiver.close();
  } finally {
    restore();
  }
  t.deepEqual(asked, ['127.0.0.1', '0.0.0.0', 'alias.invalid']);
});

test.serial('dns.resolve4 with dns.lookup replaced: its queries never ask dns.lookup (c-ares did not)', async (t) => {
  const server = await startDnsServer();
  configure({ servers: [`127.0.0.1:${server.port}`], hostsFile: null, timeout: 2000, tries: 2 });
  const asked: string[] = [];
  const restore = replaceLookup(asked);
  try {
    await new Promise((resolve) => dns.resolve4('a.example', resolve));
  } finally {
    restore();
    await server.close();
  }
  t.deepEqual(asked, []);
});

test('dns.resolve4(name) without a callback throws 0.10\'s TypeError; a request whose callback is not a function fails in its onanswer ("string is not a function")', (t) => {
  // A name no query can carry (EBADNAME) keeps this off the network.
  const e = t.throws(() => (dns.resolve4 as (n: string) => unknown)('bad..name'));
  t.is(e?.message, "Cannot set property 'immediately' of undefined");
  const req = (dns.resolve4 as (n: string, cb: unknown) => unknown)('bad..name', 'not a function') as { oncomplete: (...a: unknown[]) => void };
  const late = t.throws(() => req.oncomplete(null, []));
  t.is(late?.message, 'string is not a function');
});
