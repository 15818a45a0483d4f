import test from 'ava';
import { binding } from './helpers';

function lookup(host: string, family: 0 | 4 | 6): Promise<[number, string[] | undefined]> {
  return new Promise((resolve, reject) => {
    const err = binding.getaddrinfo({ oncomplete: (status, addresses) => resolve([status, addresses]) }, host, family);
    if (err !== 0) reject(new Error('getaddrinfo returned ' + err));
  });
}

test("getaddrinfo(req, 'localhost', 4) → oncomplete(0, ['127.0.0.1'])", async (t) => {
  const [status, addresses] = await lookup('localhost', 4);
  t.is(status, 0);
  t.deepEqual(addresses, ['127.0.0.1']);
});

test('getaddrinfo family 0 lists IPv4 before IPv6; literal addresses resolve to themselves', async (t) => {
  const [status, addresses] = await lookup('localhost', 0);
  t.is(status, 0);
  t.true((addresses as string[]).length >= 1);
  const firstV6 = (addresses as string[]).findIndex((a) => a.includes(':'));
  const lastV4 = (addresses as string[]).map((a) => !a.includes(':')).lastIndexOf(true);
  t.true(firstV6 === -1 || lastV4 < firstV6);
  t.deepEqual(await lookup('::1', 6), [0, ['::1']]);
  t.deepEqual(await lookup('10.1.2.3', 0), [0, ['10.1.2.3']]);
});

test('getaddrinfo of a name that does not exist → a negative EAI code', async (t) => {
  const [status, addresses] = await lookup('does-not-exist.invalid', 0);
  t.true(status < 0);
  t.is(addresses, undefined);
  t.regex(binding.errname(status), /^EAI_/);
});

test("getnameinfo(req, '127.0.0.1', 22) → hostname and service", async (t) => {
  const [status, host, service] = await new Promise<[number, string?, string?]>((resolve) =>
    t.is(binding.getnameinfo({ oncomplete: (...a) => resolve(a) }, '127.0.0.1', 22), 0),
  );
  t.is(status, 0);
  t.is(typeof host, 'string');
  t.is(service, 'ssh');
  t.is(binding.getnameinfo({ oncomplete() {} }, 'not-an-ip', 1), binding.uv.UV_EINVAL);
});

test('getaddrinfo checks its arguments', (t) => {
  t.throws(() => binding.getaddrinfo({ oncomplete() {} }, 'localhost', 5 as 4), { instanceOf: TypeError });
  t.throws(() => binding.getaddrinfo(null as never, 'localhost', 4), { instanceOf: TypeError });
  t.throws(() => binding.getaddrinfo({ oncomplete() {} }, 42 as never, 4), { instanceOf: TypeError });
});
