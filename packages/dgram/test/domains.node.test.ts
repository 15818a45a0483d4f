// Requests and domains, as 0.10's ReqWrap/MakeCallback: dns.lookup's request and a send's
// remember the domain active when they were made; their callbacks run inside it (entered and
// exited around the callback), not at all once it is disposed. The domain here is a stand-in
// with 0.10's enter/exit/_disposed surface, set as process.domain the way the domain module sets it.
import test from 'ava';
import dgram from '@n10/dgram';
import { lookup } from '@n10/dgram/internal';
import process from '@n10/process';
import { fakeDomain as makeFakeDomain, type FakeDomain } from '../../../tools/test-fake-domain';
import { Buffer } from '@n10/buffer';

const proc = process as unknown as { domain?: FakeDomain | null };
const fakeDomain = () => makeFakeDomain(proc);

test.serial("dns.lookup(domain, callback): the request's domain is the active one (null outside), its callback runs in it", async (t) => {
  const outside = lookup('localhost', () => {});
  t.is(outside.domain, null);
  const d = fakeDomain();
  proc.domain = d;
  let inside = false;
  const done = new Promise<void>((resolve) => {
    const req = lookup('localhost', () => {
      inside = proc.domain === d;
      d.log.push('callback');
      resolve();
    });
    t.is(req.domain, d);
  });
  proc.domain = null;
  await done;
  t.true(inside);
  t.deepEqual(d.log, ['enter', 'callback', 'exit']);
});

test.serial('dns.lookup: a disposed domain drops the callback', async (t) => {
  const d = fakeDomain();
  proc.domain = d;
  let called = false;
  lookup('localhost', () => {
    called = true;
  });
  proc.domain = null;
  d._disposed = true;
  await new Promise<void>((resolve) => lookup('localhost', () => resolve()));
  await new Promise<void>((resolve) => lookup('localhost', () => resolve()));
  t.false(called);
});

test.serial("socket.send(…, callback): the callback runs in the domain active at send(); a disposed domain's is not called", async (t) => {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', () => resolve()));
  const port = s.address().port;
  const d = fakeDomain();
  const gone = fakeDomain();
  let goneCalled = false;
  const sent = new Promise<boolean>((resolve) => {
    proc.domain = d;
    s.send(new Buffer('one'), 0, 3, port, '127.0.0.1', () => resolve(proc.domain === d));
    proc.domain = gone;
    s.send(new Buffer('two'), 0, 3, port, '127.0.0.1', () => {
      goneCalled = true;
    });
    proc.domain = null;
    gone._disposed = true;
  });
  t.true(await sent);
  t.deepEqual(d.log, ['enter', 'exit']);
  // A later send has called back: the disposed domain's one would have by now.
  await new Promise<void>((resolve) => s.send(new Buffer('three'), 0, 5, port, '127.0.0.1', () => resolve()));
  t.false(goneCalled);
  s.close();
});
