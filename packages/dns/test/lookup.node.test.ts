// dns.lookup (getaddrinfo), the module's shape and its error-code constants.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import dns from '@n10/dns';
import util from '@n10/util';

const oracle = path.resolve(__dirname, '../../../tools/node010');

function lookup(domain: unknown, family?: unknown): Promise<unknown[]> {
  return new Promise((resolve) => {
    const cb = (...args: unknown[]) => resolve(args);
    if (family === undefined) dns.lookup(domain as string, cb);
    else dns.lookup(domain as string, family as 4, cb);
  });
}

test("require('dns'): 0.10's members, in order, as 0.10 inspects them (error codes included)", (t) => {
  const want = spawnSync(oracle, ['-p', "require('util').inspect(require('dns'))"], { encoding: 'utf8' }).stdout.trim();
  t.is(util.inspect(dns), want);
});

test('Error codes: the constants, with 0.10\'s names and values (ADNAME, not BADNAME)', (t) => {
  t.is(dns.NODATA, 'ENODATA');
  t.is(dns.ADNAME, 'EADNAME');
  t.false('BADNAME' in dns);
  t.is(dns.TIMEOUT, 'ETIMEOUT');
  t.is(dns.CANCELLED, 'ECANCELLED');
  t.is(Object.keys(dns).length, 11 + 24);
});

test('dns.lookup(domain, [family], callback): localhost through getaddrinfo', async (t) => {
  t.deepEqual(await lookup('localhost'), [null, '127.0.0.1', 4]);
  t.deepEqual(await lookup('localhost', 4), [null, '127.0.0.1', 4]);
  t.deepEqual(await lookup('localhost', '4'), [null, '127.0.0.1', 4]);
  t.deepEqual(await lookup('localhost', 0), [null, '127.0.0.1', 4]);
  const req = dns.lookup('localhost', () => {});
  t.deepEqual(Object.keys(req), ['domain', 'oncomplete']);
  t.is(req.domain, null);
});

test('dns.lookup(): IP literals and empty names answer on the next tick without asking; the call returns {}', async (t) => {
  const order: string[] = [];
  const req = dns.lookup('1.2.3.4', () => order.push('answer'));
  order.push('returned');
  t.deepEqual(req, {});
  await new Promise((r) => process.nextTick(r));
  await new Promise((r) => setImmediate(r));
  t.deepEqual(order, ['returned', 'answer']);
  t.deepEqual(await lookup('1.2.3.4'), [null, '1.2.3.4', 4]);
  t.deepEqual(await lookup('1.2.3.4', 6), [null, '1.2.3.4', 4]); // the literal's own family
  t.deepEqual(await lookup('::1'), [null, '::1', 6]);
  t.deepEqual(await lookup('::ffff:1.2.3.4'), [null, '::ffff:1.2.3.4', 6]);
  t.deepEqual(await lookup(''), [null, null, 4]);
  t.deepEqual(await lookup(null), [null, null, 4]);
  t.deepEqual(await lookup(null, 6), [null, null, 6]);
  // not literals: asked of getaddrinfo
  t.deepEqual(await lookup(42), [null, '0.0.0.42', 4]);
});

test("dns.lookup(): a name that does not exist is Error('getaddrinfo ENOTFOUND'), as 0.10 named it", async (t) => {
  const [err, address, family] = (await lookup('nonexistent.invalid')) as [Error & { code: string; errno: string; syscall: string }, unknown, unknown];
  t.is(err.message, 'getaddrinfo ENOTFOUND');
  t.deepEqual(Object.keys(err), ['code', 'errno', 'syscall']);
  t.is(err.code, 'ENOTFOUND');
  t.is(err.errno, 'ENOTFOUND');
  t.is(err.syscall, 'getaddrinfo');
  t.is(address, undefined);
  t.is(family, undefined);
  const [err6] = (await lookup('localhost', 6)) as [Error | null];
  // /etc/hosts here has no ::1 for localhost, and the oracle says ENOTFOUND; elsewhere it may resolve
  if (err6) t.is(err6.message, 'getaddrinfo ENOTFOUND');
});

test("dns.lookup(): family must be 4 or 6 (0.10's message); a missing callback throws as in 0.10", (t) => {
  for (const family of [5, 'x', true, 1]) {
    t.throws(() => dns.lookup('localhost', family as 4, () => {}), { instanceOf: Error, message: 'invalid argument: `family` must be 4 or 6' });
  }
  t.throws(() => (dns.lookup as unknown as (d: string) => void)('localhost'), { instanceOf: TypeError, message: "Cannot set property 'immediately' of undefined" });
  t.throws(() => (dns.lookup as unknown as (d: string) => void)('1.2.3.4'), { instanceOf: TypeError, message: 'undefined is not a function' });
});

test('dns.lookup is the function dgram resolves its addresses with', async (t) => {
  const internal = await import('@n10/dgram/internal');
  t.is(dns.lookup, internal.lookup);
});

test('dns.lookup and dns.resolve are anonymous, as 0.10\'s exports.x = function', (t) => {
  t.is(dns.lookup.name, '');
  t.is(dns.resolve.name, '');
  t.is(dns.resolve4.name, 'query');
});

test('dns.lookup(domain, callback): a name asked of the system calls back through a function asyncCallback, with the arguments given (0.10 makeAsync)', async (t) => {
  const got = await new Promise<{ n: number; stack: string }>((resolve) => {
    dns.lookup('localhost', function () {
      // eslint-disable-next-line prefer-rest-params
      resolve({ n: arguments.length, stack: String(new Error().stack) });
    });
  });
  t.is(got.n, 3);
  t.regex(got.stack.split('\n')[2], /\basyncCallback\b/);
  const failed = await new Promise<number>((resolve) => {
    dns.lookup('nonexistent.invalid', function () {
      // eslint-disable-next-line prefer-rest-params
      resolve(arguments.length);
    });
  });
  t.is(failed, 1);
});
