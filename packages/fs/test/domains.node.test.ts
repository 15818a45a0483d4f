// Requests and domains, as 0.10's ReqWrap/MakeCallback: a request remembers the domain active
// when it was made and its callback runs inside it; a disposed domain drops the callback.
// The domain here is a stand-in with 0.10's enter/exit/_disposed surface, set as
// process.domain the way the domain module sets it.
import test from 'ava';
import process from '@n10/process';
import { fakeDomain as makeFakeDomain, type FakeDomain } from '../../../tools/test-fake-domain';
import { callback, fs } from './helpers/tmp';

const proc = process as unknown as { domain?: FakeDomain | null };
const fakeDomain = () => makeFakeDomain(proc);

test.serial('a callback runs inside the domain that was active when the request was made', async (t) => {
  const d = fakeDomain();
  proc.domain = d;
  const done = new Promise<boolean>((resolve) => {
    fs.stat('/', () => {
      d.log.push('callback');
      resolve(proc.domain === d);
    });
  });
  proc.domain = null;
  t.true(await done);
  t.deepEqual(d.log, ['enter', 'callback', 'exit']);
  const after = await callback(fs.stat, '/');
  t.is(after[0], null, 'requests made outside a domain are untouched');
  t.deepEqual(d.log, ['enter', 'callback', 'exit']);
});

test.serial('a disposed domain drops the callback', async (t) => {
  const d = fakeDomain();
  proc.domain = d;
  let called = false;
  fs.stat('/', () => {
    called = true;
  });
  proc.domain = null;
  d._disposed = true;
  await callback(fs.stat, '/'); // a later request has completed: the first one has too
  await callback(fs.stat, '/');
  t.false(called);
  t.deepEqual(d.log, []);
});

test.serial("fs.read(fd, …) and fs.readFile inside a domain: the error is 0.10's async one ('EISDIR, read'), made once", async (t) => {
  const d = fakeDomain();
  proc.domain = d;
  const fd = fs.openSync('/', 'r');
  const read = new Promise<Error>((resolve) => {
    fs.read(fd, Buffer.alloc(8), 0, 8, null, (err) => resolve(err as Error));
  });
  const whole = new Promise<Error>((resolve) => {
    fs.readFile('/', (err) => resolve(err as Error));
  });
  proc.domain = null;
  const [e1, e2] = await Promise.all([read, whole]);
  fs.closeSync(fd);
  t.is(e1.message, 'EISDIR, read');
  t.is(e2.message, 'EISDIR, read');
  t.deepEqual(Object.keys(e1), ['errno', 'code']);
});
