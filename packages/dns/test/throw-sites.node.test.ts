import test from 'ava';
import dns from '@n10/dns';
import { siteOfThrow } from '../../../tools/test-throw-sites';

const site = (file: string, line: number, text: string) => ({ file, line, text, caret: ' '.repeat(text.indexOf('throw ') + 6) + '^' });

test("dns.resolve(domain, rrtype, callback): an unknown rrtype's uncaught error shows dns.js:190", (t) => {
  t.deepEqual(siteOfThrow(t, () => dns.resolve('localhost', 'XX' as never, () => {})), site('dns.js', 190, "    throw new Error('Unknown type \"' + type_ + '\"');"));
});

test("dns.reverse(ip, callback): a name that is no address throws getHostByAddr ENOTIMP, shown at dns.js:156", (t) => {
  const s = siteOfThrow(t, () => dns.reverse('foo', () => {}));
  t.deepEqual(s, site('dns.js', 156, '      throw errnoException(process._errno, bindingName);'));
});

test("dns.lookup(domain, family, callback): a family neither 4 nor 6 shows dns.js:91", (t) => {
  t.deepEqual(siteOfThrow(t, () => dns.lookup('localhost', 5 as never, () => {})), site('dns.js', 91, "      throw new Error('invalid argument: `family` must be 4 or 6');"));
});
