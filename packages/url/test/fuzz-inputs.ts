// Deterministic URL-shaped inputs for the differential and fuzz tests.
import { prng, randomStrings } from '../../../tools/test-oracle';

/** Pieces URLs are made of, odd ones included: every branch of url.parse is reached. */
export const URL_PIECES = [
  'http:', 'HTTP:', 'https:', 'ftp:', 'file:', 'mailto:', 'javascript:', 'JavaScript:', 'foo:', 'x-y.z+1:', 'a:',
  '//', '//', '/', '/', '\\', '///', 'user', ':', 'pa:ss', '@', '@', '%40', '%3A', '%zz', '%', '%2',
  'example.com', 'EXAMPLE.COM', 'a.b.c', 'localhost', '127.0.0.1', '[::1]', '[FE80::1%25eth0]', '[', ']',
  ':8080', ':80', ':', '.', '..', './', '../', 'a', 'b', 'c', 'path', 'file.html', '?', '?', 'q=1', '&', 'x=y+z', '=',
  '#', '#', 'frag', ' ', '\t', '\n', '\r', '"', "'", '<', '>', '`', '{', '}', '|', '^', ';', ',', '*', '!', '~', '$',
  'é', 'ü', '中文', 'ñ', 'İ', '\u2028', '\u00a0', '\u200b', '\u180e', '\u0085', '\uD800', '😀', 'xn--maana-pta',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '_', '-', '+', '(', ')',
];

export function randomUrls(count: number, seed: number): string[] {
  return randomStrings(count, URL_PIECES, 14, seed);
}

/** Bases for resolve: the RFC 3986 §5.4 base and other shapes. */
export const BASES = [
  'http://a/b/c/d;p?q', 'http://user:pw@host.com:8080/p/a/t/h?query=string#hash', 'https://x.org', 'http://x.org/',
  'file:///usr/local/', 'mailto:joe@example.com', 'foo:bar/baz', 'javascript:void(0)', '/one/two/three', 'one/two',
  '//host/path/', '', 'http://[::1]:3000/a/', 'ftp://ftp.is.co.za/rfc/rfc1808.txt', 'http://ÉXAMPLE.com/ü/',
];

export { prng };
