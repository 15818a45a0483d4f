// dns.resolve*, dns.reverse and the error codes, against the test DNS server
// (test/helpers/dns-server.ts) on 127.0.0.1; the expected values are what node 0.10.19
// printed for the same zone.
import test from 'ava';
import dns from '@n10/dns';
import { configure } from '@n10/dns/internal';
import util from '@n10/util';
import { startDnsServer, type DnsServer } from './helpers/dns-server';

let server: DnsServer;

test.before(async () => {
  server = await startDnsServer();
  configure({ servers: [`127.0.0.1:${server.port}`], hostsFile: null, timeout: 2000, tries: 2 });
});

test.after.always(async () => {
  await server.close();
});

type Outcome = { err: { message: string; code: string; errno: string; syscall: string; keys: string[] } | null; records?: unknown; argc: number };

function call(f: (name: string, cb: (...args: unknown[]) => void) => unknown, name: string): Promise<Outcome> {
  return new Promise((resolve) => {
    f(name, (...args: unknown[]) => {
      const e = args[0] as (Error & { code: string; errno: string; syscall: string }) | null;
      resolve({
        err: e && { message: e.message, code: e.code, errno: e.errno, syscall: e.syscall, keys: Object.keys(e) },
        records: args[1],
        argc: args.length,
      });
    });
  });
}

const ok = (records: unknown) => ({ err: null, records, argc: 2 });
const failed = (syscall: string, code: string) => ({
  err: { message: `${syscall} ${code}`, code, errno: code, syscall, keys: ['code', 'errno', 'syscall'] },
  records: undefined,
  argc: 1,
});

test('dns.resolve4(domain, callback): the A records, in order; a CNAME chain is followed', async (t) => {
  t.deepEqual(await call(dns.resolve4, 'a.test'), ok(['1.2.3.4', '5.6.7.8']));
  t.deepEqual(await call(dns.resolve4, 'chain.test'), ok(['1.2.3.4', '5.6.7.8']));
  t.deepEqual(await call(dns.resolve4, 'A.TEST.'), ok(['1.2.3.4', '5.6.7.8']));
  // a CNAME to nowhere: no address, yet not an error
  t.deepEqual(await call(dns.resolve4, 'dangling.test'), ok([]));
});

test('dns.resolve6(domain, callback): AAAA records written as 0.10 wrote them', async (t) => {
  t.deepEqual(await call(dns.resolve6, 'a.test'), ok(['2001:db8::1', '::1']));
  t.deepEqual(
    await call(dns.resolve6, 'six.test'),
    ok(['::2', '::ffff:1.2.3.4', '::1.2.3.4', '2001:db8::1:0:0:1', '1:0:0:2::3', 'fe80::', '::', '::1', '1:2:3:4:5:6:7:8', '::1:0:0', 'abcd:ef01::ffff:0:1', '::ffff:0:102:304', '0:1::']),
  );
  t.deepEqual(await call(dns.resolve6, 'alias.test'), ok(['2001:db8::1', '::1']));
});

test('dns.resolveMx(domain, callback): {exchange, priority}', async (t) => {
  const r = await call(dns.resolveMx, 'mx.test');
  t.deepEqual(r, ok([{ exchange: 'mx1.test', priority: 10 }, { exchange: 'mx2.test', priority: 20 }]));
  t.deepEqual(Object.keys((r.records as object[])[0]), ['exchange', 'priority']);
  t.deepEqual(await call(dns.resolveMx, 'alias.test'), ok([]));
});

test('dns.resolveTxt(domain, callback): one string per record, its strings joined', async (t) => {
  t.deepEqual(await call(dns.resolveTxt, 'txt.test'), ok(['v=spf1 -all', 'part onepart two']));
  t.deepEqual(await call(dns.resolveTxt, 'utf8.test'), ok(['caf\u00e9']));
  t.deepEqual(await call(dns.resolveTxt, 'empty.test'), ok(['']));
});

test('dns.resolveSrv(domain, callback): {name, port, priority, weight}', async (t) => {
  const r = await call(dns.resolveSrv, '_sip._udp.test');
  t.deepEqual(
    r,
    ok([
      { name: 'sip1.test', port: 5060, priority: 10, weight: 5 },
      { name: 'sip2.test', port: 5061, priority: 20, weight: 0 },
    ]),
  );
  t.deepEqual(Object.keys((r.records as object[])[0]), ['name', 'port', 'priority', 'weight']);
});

test('dns.resolveNs(domain, callback): the server names; none is ENODATA', async (t) => {
  t.deepEqual(await call(dns.resolveNs, 'test'), ok(['ns1.test', 'ns2.test']));
  t.deepEqual(await call(dns.resolveNs, 'alias.test'), failed('queryNs', 'ENODATA'));
});

test('dns.resolveCname(domain, callback): one name, the end of the chain given', async (t) => {
  t.deepEqual(await call(dns.resolveCname, 'alias.test'), ok(['a.test']));
  t.deepEqual(await call(dns.resolveCname, 'chain.test'), ok(['alias.test']));
  t.deepEqual(await call(dns.resolveCname, 'a.test'), failed('queryCname', 'ENODATA'));
  t.deepEqual(await call(dns.resolveCname, 'nx.test'), failed('queryCname', 'ENOTFOUND'));
});

test('dns.resolveNaptr(domain, callback): 0.10 had it too', async (t) => {
  const r = await call(dns.resolveNaptr, 'naptr.test');
  t.deepEqual(r, ok([{ flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.test', order: 100, preference: 10 }]));
  t.deepEqual(Object.keys((r.records as object[])[0]), ['flags', 'service', 'regexp', 'replacement', 'order', 'preference']);
});

test('dns.resolve(domain, [rrtype], callback): A by default; every rrtype; an unknown one throws', async (t) => {
  t.deepEqual(await call((n, cb) => dns.resolve(n, cb), 'a.test'), ok(['1.2.3.4', '5.6.7.8']));
  t.deepEqual(await call((n, cb) => dns.resolve(n, 'AAAA', cb), 'a.test'), ok(['2001:db8::1', '::1']));
  t.deepEqual(await call((n, cb) => dns.resolve(n, 'MX', cb), 'mx.test'), ok([{ exchange: 'mx1.test', priority: 10 }, { exchange: 'mx2.test', priority: 20 }]));
  t.deepEqual(await call((n, cb) => dns.resolve(n, 'TXT', cb), 'txt.test'), ok(['v=spf1 -all', 'part onepart two']));
  t.deepEqual(await call((n, cb) => dns.resolve(n, 'NS', cb), 'test'), ok(['ns1.test', 'ns2.test']));
  t.deepEqual(await call((n, cb) => dns.resolve(n, 'CNAME', cb), 'alias.test'), ok(['a.test']));
  t.deepEqual(await call((n, cb) => dns.resolve(n, 'PTR', cb), '1.2.3.4'), ok(['host.test', 'host2.test']));
  t.is(((await call((n, cb) => dns.resolve(n, 'SRV', cb), '_sip._udp.test')).records as unknown[]).length, 2);
  t.throws(() => dns.resolve('a.test', 'XX', () => {}), { message: 'Unknown type "XX"' });
  t.throws(() => dns.resolve('a.test', 'a', () => {}), { message: 'Unknown type "a"' });
  t.throws(() => dns.resolve('a.test', 'toString', () => {}), { message: 'Unknown type "toString"' });
});

test('dns.resolve*(): the request object is returned; the callback never runs before that', async (t) => {
  let returned = false;
  let early = false;
  const req = dns.resolve4('a.test', () => {
    early = !returned;
  });
  returned = true;
  t.deepEqual(Object.keys(req), ['oncomplete']);
  t.is(util.inspect(req), '{ oncomplete: [Function: onanswer] }');
  await call(dns.resolve4, 'a.test');
  t.false(early);
  // (A name no query carries: with a real one, 0.10's query answered later into onanswer and
  // failed there, uncaught; see replaced-lookup.node.test.ts.)
  t.throws(() => (dns.resolve4 as unknown as (n: string) => void)('bad..name'), { instanceOf: TypeError, message: "Cannot set property 'immediately' of undefined" });
});

test('dns.reverse(ip, callback): PTR names from the server, IPv4 and IPv6 (127.0.0.1 included, no hosts file)', async (t) => {
  t.deepEqual(await call(dns.reverse, '1.2.3.4'), ok(['host.test', 'host2.test']));
  t.deepEqual(await call(dns.reverse, '127.0.0.1'), ok(['loopback.test']));
  t.deepEqual(await call(dns.reverse, '2001:db8::1'), ok(['six.test']));
  t.deepEqual(await call(dns.reverse, '2001:db8:0:0:0:0:0:1'), ok(['six.test']));
  t.true(server.log.includes('PTR 1.0.0.127.in-addr.arpa'));
  t.true(server.log.includes('PTR 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa'));
});

test('dns.reverse(ip, callback): failures are ENOTFOUND; a non-address throws getHostByAddr ENOTIMP', async (t) => {
  t.deepEqual(await call(dns.reverse, '9.9.9.9'), failed('getHostByAddr', 'ENOTFOUND'));
  const err = t.throws(() => dns.reverse('foo', () => {})) as Error & { code: string; syscall: string };
  t.is(err.message, 'getHostByAddr ENOTIMP');
  t.is(err.code, 'ENOTIMP');
  t.is(err.syscall, 'getHostByAddr');
  t.throws(() => dns.reverse(42 as never, () => {}), { message: 'getHostByAddr ENOTIMP' });
});

test('Error codes: NXDOMAIN, SERVFAIL, REFUSED, NOTIMP, FORMERR and an empty answer, as 0.10 named them', async (t) => {
  t.deepEqual(await call(dns.resolve4, 'nx.test'), failed('queryA', 'ENOTFOUND'));
  t.deepEqual(await call(dns.resolve4, 'servfail.test'), failed('queryA', 'ESERVFAIL'));
  t.deepEqual(await call(dns.resolve4, 'refused.test'), failed('queryA', 'EREFUSED'));
  t.deepEqual(await call(dns.resolve4, 'notimp.test'), failed('queryA', 'ENOTIMP'));
  t.deepEqual(await call(dns.resolve4, 'formerr.test'), failed('queryA', 'EFORMERR'));
  t.deepEqual(await call(dns.resolveMx, 'a.test'), failed('queryMx', 'ENODATA'));
  t.deepEqual(await call(dns.resolve6, 'mx.test'), failed('queryAaaa', 'ENODATA'));
  t.deepEqual(await call(dns.resolveSrv, 'a.test'), failed('querySrv', 'ENODATA'));
  t.deepEqual(await call(dns.resolveMx, 'nx.test'), failed('queryMx', 'ENOTFOUND'));
  t.is(dns.NOTFOUND, 'ENOTFOUND');
  t.is(dns.SERVFAIL, 'ESERVFAIL');
  t.is(dns.NODATA, 'ENODATA');
});

test('Error codes: a name that cannot be asked is EBADNAME, reported before the call returns (as 0.10)', async (t) => {
  let returned = false;
  let outcome = '';
  dns.resolve4('a..test', (err) => {
    outcome = (err as Error).message + (returned ? '' : ' (sync)');
  });
  returned = true;
  t.is(outcome, 'queryA EBADNAME (sync)');
  t.deepEqual(await call(dns.resolve4, 'x'.repeat(64) + '.test'), failed('queryA', 'EBADNAME'));
  // the root and names with odd characters are asked as they are
  t.deepEqual(await call(dns.resolve4, ''), failed('queryA', 'ENOTFOUND'));
  t.deepEqual(await call(dns.resolve4, '.'), failed('queryA', 'ENOTFOUND'));
  t.deepEqual(await call(dns.resolve4, 'a b.test'), failed('queryA', 'ENOTFOUND'));
});

test('dns.resolve4(): an answer too big for UDP comes back truncated and is asked again over TCP', async (t) => {
  const r = await call(dns.resolve4, 'big.test');
  t.is(r.err, null);
  t.is((r.records as string[]).length, 60);
  t.is((r.records as string[])[59], '10.0.0.59');
  t.true(server.log.includes('A big.test'));
  t.true(server.log.includes('tcp A big.test'));
});

test.serial('dns.resolve4 inside a domain: an answer from the server calls back outside it (0.10: c-ares carried no domain)', async (t) => {
  const domain = (await import('@n10/domain')).default;
  const process = (await import('@n10/process')).default as unknown as { domain?: unknown };
  const d = domain.create();
  const inside = await new Promise<boolean>((resolve) => {
    d.run(() => {
      dns.resolve4('a.test', () => resolve(process.domain === d));
    });
  });
  t.false(inside);
});
