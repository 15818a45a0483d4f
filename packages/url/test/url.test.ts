// The manual's url items, with results checked against node v0.10.19.
import test from 'ava';
import querystring from '@n10/querystring';
import url from '@n10/url';
import { frameNames, siteOfThrow } from '../../../tools/test-throw-sites';

const FIELDS = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];

test('require("url") has 0.10\'s keys; Url has its fields and enumerable methods', (t) => {
  t.deepEqual(Object.keys(url), ['parse', 'resolve', 'resolveObject', 'format', 'Url']);
  t.deepEqual(Object.keys(new url.Url()), FIELDS);
  t.deepEqual(Object.keys(url.Url.prototype), ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']);
  const keys: string[] = [];
  // eslint-disable-next-line guard-for-in
  for (const k in url.parse('http://x.com/')) keys.push(k);
  t.deepEqual(keys, [...FIELDS, 'parse', 'format', 'resolve', 'resolveObject', 'parseHost']);
  t.deepEqual([url.parse.length, url.format.length, url.resolve.length, url.resolveObject.length], [3, 1, 2, 2]);
});

test('url.parse(urlStr): the manual\'s example URL, field by field', (t) => {
  t.deepEqual({ ...url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash') }, {
    protocol: 'http:',
    slashes: true,
    auth: 'user:pass',
    host: 'host.com:8080',
    port: '8080',
    hostname: 'host.com',
    hash: '#hash',
    search: '?query=string',
    query: 'query=string',
    pathname: '/p/a/t/h',
    path: '/p/a/t/h?query=string',
    href: 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  });
});

test('url.parse(urlStr): protocol and host lowercased, absent parts null', (t) => {
  const u = url.parse('HTTP://Host.COM/Path');
  t.is(u.protocol, 'http:');
  t.is(u.host, 'host.com');
  t.is(u.pathname, '/Path');
  t.is(u.auth, null);
  t.is(u.port, null);
  t.is(u.hash, null);
  t.is(u.search, null);
  t.is(u.href, 'http://host.com/Path');
  t.is(url.parse('http://example.com').pathname, '/');
  t.is(url.parse('/just/a/path').host, null);
});

test('url.parse(urlStr, true): the query as an object', (t) => {
  t.deepEqual(url.parse('/p?a=1&b=2&b=3&c', true).query, { a: '1', b: ['2', '3'], c: '' });
  const none = url.parse('/p', true);
  t.is(none.search, '');
  t.deepEqual(none.query, {});
});

test('url.parse(urlStr, false, true): //foo/bar has host foo', (t) => {
  const u = url.parse('//foo/bar', false, true);
  t.is(u.host, 'foo');
  t.is(u.pathname, '/bar');
  const v = url.parse('//foo/bar');
  t.is(v.host, null);
  t.is(v.pathname, '//foo/bar');
  // Without the flag '//user@host' still names a host.
  t.is(url.parse('//user@host/x').host, 'host');
});

test('url.parse(urlStr): auth is decoded; the last @ before the path ends it', (t) => {
  t.is(url.parse('http://us%40er:p%3Ass@host.com/').auth, 'us@er:p:ss');
  t.is(url.parse('http://user:p@ss@host.com/').auth, 'user:p@ss');
  t.is(url.parse('http://user@host.com/a@b').auth, 'user');
  t.throws(() => url.parse('http://%zz@host/'), { instanceOf: URIError });
});

test('url.parse(urlStr): IPv6 hosts', (t) => {
  const u = url.parse('http://[::1]:8080/a');
  t.is(u.host, '[::1]:8080');
  t.is(u.hostname, '::1');
  t.is(u.port, '8080');
  t.is(url.parse('http://[FE80::1]?q').pathname, '/');
  t.is(url.parse('http://[FE80::1]?q').hostname, 'fe80::1');
});

test('url.parse(urlStr): IDNA hostnames go to Punycode', (t) => {
  t.is(url.parse('http://mañana.com/').hostname, 'xn--maana-pta.com');
  t.is(url.parse('http://ÉXAMPLE.com/ü b').href, 'http://xn--xample-9ua.com/ü%20b');
  t.is(url.parse('http://☃.net/').host, 'xn--n3h.net');
});

test('url.parse(urlStr): hostnames lowercased with 0.10\'s Unicode tables', (t) => {
  // Cherokee capitals had no lowercase yet; capital sigma before a non-letter is final.
  t.is(url.parse('http://ᏯΣ.com/').hostname, 'xn--3xa593f.com');
  t.is(url.parse('http://AΣ1.com/').hostname, 'xn--a1-sbc.com');
  // Characters outside the BMP were not lowercased.
  t.is(url.parse('http://\u{10400}.com/').hostname, 'xn--ci8c.com');
});

test('url.parse(urlStr): invalid hostname characters end the host', (t) => {
  const u = url.parse('http://a*b.com/x');
  t.is(u.hostname, 'a');
  t.is(u.pathname, '/*b.com/x');
  t.is(url.parse('http://~user.example.com/').pathname, '~user.example.com/');
  t.is(url.parse('http://' + 'a'.repeat(64) + '.com/').hostname, 'a'.repeat(63));
});

test('url.parse(urlStr): unsafe characters escaped, javascript: left alone', (t) => {
  t.is(url.parse("http://x.com/a b'<>\"`").pathname, '/a%20b%27%3C%3E%22%60');
  t.is(url.parse('http://x.com/{}|\\^').pathname, '/{}|\\^');
  const js = url.parse('javascript:alert("hi there")');
  t.is(js.pathname, 'alert("hi there")');
  t.is(js.host, null);
  t.is(url.parse('JAVASCRIPT://x/y').host, 'x');
});

test('url.parse(urlStr): mailto: and other non-slashed protocols have a host', (t) => {
  const m = url.parse('mailto:Joe@Example.COM?subject=hi');
  t.is(m.auth, 'Joe');
  t.is(m.hostname, 'example.com');
  t.is(m.pathname, null);
  t.is(m.href, 'mailto:Joe@example.com?subject=hi');
  t.is(url.parse('http:no-slashes').pathname, 'no-slashes');
});

test('url.parse(urlStr): surrounding white space trimmed as V8 3.14 did, inner escaped', (t) => {
  t.is(url.parse('  \t http://x.com/a b\nc \t ').href, 'http://x.com/a%20b%0Ac');
  t.is(url.parse('\u200b\u180e\u0085http://x.com/\u200b').href, 'http://x.com/');
});

test('url.parse(urlStr): a Url is returned as is; non-strings throw', (t) => {
  const u = url.parse('http://x.com/');
  t.is(url.parse(u), u);
  t.throws(() => url.parse(5 as unknown as string), { instanceOf: TypeError, message: "Parameter 'url' must be a string, not number" });
});

test('url.format(urlObj): the manual\'s rules', (t) => {
  t.is(url.format({ protocol: 'http', host: 'a.com', pathname: 'x' }), 'http://a.com/x');
  t.is(url.format({ protocol: 'mailto', auth: 'joe', hostname: 'example.com' }), 'mailto:joe@example.com');
  t.is(url.format({ protocol: 'xmpp', pathname: 'romeo@montague.net' }), 'xmpp:romeo@montague.net');
  t.is(url.format({ protocol: 'https:', hostname: 'b.org', port: 8443, host: undefined }), 'https://b.org:8443');
  t.is(url.format({ host: 'h.com:1', hostname: 'ignored', port: 2, protocol: 'http:' }), 'http://h.com:1');
  t.is(url.format({ pathname: '/p', search: 'a=1', query: { b: '2' }, hash: 'f' }), '/p?a=1#f');
  t.is(url.format({ pathname: '/p', query: { b: '2', c: ['3', '4'] } }), '/p?b=2&c=3&c=4');
  t.is(url.format({ href: 'http://ignored/' }), '');
});

test('url.format(urlObj): escaping, auth, IPv6 and odd arguments', (t) => {
  t.is(url.format({ protocol: 'http', host: 'a.com', pathname: 'x?y#z', search: 'q#r' }), 'http://a.com/x%3Fy%23z?q%23r');
  t.is(url.format({ protocol: 'ftp', host: 'h', auth: 'us er:p@ss:w' }), 'ftp://us%20er:p%40ss%3Aw@h');
  t.is(url.format({ protocol: 'http', hostname: '::1', port: 80 }), 'http://[::1]:80');
  t.is(url.format('HTTP://A.com'), 'http://a.com/');
  t.is(url.format(null), '');
  t.is(url.format(5 as unknown as string), '');
});

test('url.resolve(from, to): the manual examples', (t) => {
  t.is(url.resolve('/one/two/three', 'four'), '/one/two/four');
  t.is(url.resolve('http://example.com/', '/one'), 'http://example.com/one');
  t.is(url.resolve('http://example.com/one', '/two'), 'http://example.com/two');
});

test('url.resolve(from, to): RFC 3986 §5.4.1 normal examples (0.10 agrees with the RFC)', (t) => {
  const base = 'http://a/b/c/d;p?q';
  const table: Array<[string, string]> = [
    ['g:h', 'g:h'], ['g', 'http://a/b/c/g'], ['./g', 'http://a/b/c/g'], ['g/', 'http://a/b/c/g/'], ['/g', 'http://a/g'],
    ['//g', 'http://g/'], ['?y', 'http://a/b/c/d;p?y'], ['g?y', 'http://a/b/c/g?y'], ['#s', 'http://a/b/c/d;p?q#s'],
    ['g#s', 'http://a/b/c/g#s'], ['g?y#s', 'http://a/b/c/g?y#s'], [';x', 'http://a/b/c/;x'], ['g;x', 'http://a/b/c/g;x'],
    ['g;x?y#s', 'http://a/b/c/g;x?y#s'], ['', 'http://a/b/c/d;p?q'], ['.', 'http://a/b/c/'], ['./', 'http://a/b/c/'],
    ['..', 'http://a/b/'], ['../', 'http://a/b/'], ['../g', 'http://a/b/g'], ['../..', 'http://a/'], ['../../', 'http://a/'],
    ['../../g', 'http://a/g'],
  ];
  for (const [rel, want] of table) t.is(url.resolve(base, rel), want, rel);
});

test('url.resolve(from, to): RFC 3986 §5.4.2 abnormal examples as 0.10 resolves them', (t) => {
  const base = 'http://a/b/c/d;p?q';
  const table: Array<[string, string]> = [
    ['../../../g', 'http://a/g'], ['../../../../g', 'http://a/g'], ['/./g', 'http://a/g'], ['/../g', 'http://a/g'],
    ['g.', 'http://a/b/c/g.'], ['.g', 'http://a/b/c/.g'], ['g..', 'http://a/b/c/g..'], ['..g', 'http://a/b/c/..g'],
    ['./../g', 'http://a/b/g'], ['./g/.', 'http://a/b/c/g/'], ['g/./h', 'http://a/b/c/g/h'], ['g/../h', 'http://a/b/c/h'],
    ['g;x=1/./y', 'http://a/b/c/g;x=1/y'], ['g;x=1/../y', 'http://a/b/c/y'], ['g?y/./x', 'http://a/b/c/g?y/./x'],
    ['g?y/../x', 'http://a/b/c/g?y/../x'], ['g#s/./x', 'http://a/b/c/g#s/./x'], ['g#s/../x', 'http://a/b/c/g#s/../x'],
    // Same protocol: 0.10 is the RFC's "loose" parser here ('http:g' for a strict one).
    ['http:g', 'http://a/b/c/g'],
  ];
  for (const [rel, want] of table) t.is(url.resolve(base, rel), want, rel);
});

test('url.resolve(from, to): other protocols, relative bases, dots above the root', (t) => {
  t.is(url.resolve('mailto:joe@example.com', 'bob@example.com'), 'mailto:bob@example.com');
  t.is(url.resolve('http://example.com/a/b', 'https:rel'), 'https://rel/');
  t.is(url.resolve('a/b/c', '../../../../d'), '../../d');
  t.is(url.resolve('/a/b/c', '../../../../d'), '/d');
  t.is(url.resolve('http://example.com/a/b?x=1#f', ''), 'http://example.com/a/b?x=1');
});

test('url.resolveObject(from, to) and Url.prototype.parseHost', (t) => {
  const r = url.resolveObject('http://a.com/b/c', '../d?e') as InstanceType<typeof url.Url>;
  t.true(r instanceof url.Url);
  t.is(r.href, 'http://a.com/d?e');
  t.is(r.path, '/d?e');
  t.is(url.resolveObject('', 'x'), 'x');
  const h = new url.Url();
  h.host = 'example.com:8080';
  h.parseHost();
  t.is(h.hostname, 'example.com');
  t.is(h.port, '8080');
});

test('url.parse(urlStr, true) uses querystring.parse (and its replaceable unescape)', (t) => {
  const saved = querystring.unescape;
  querystring.unescape = (s) => `<${s}>`;
  t.teardown(() => {
    querystring.unescape = saved;
  });
  t.deepEqual(url.parse('/?a=%zz', true).query, { '<a>': '<%zz>' });
});

test('Url.prototype.parse/format/resolve/resolveObject/parseHost are anonymous, as in 0.10', (t) => {
  const proto = url.Url.prototype as unknown as Record<string, { name: string }>;
  for (const k of ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']) t.is(proto[k].name, '', k);
  t.is(url.parse.name, 'urlParse');
});

test('url.parse(non-string): the throw site in 0.10\'s url.js (line 107, its first 78 columns) is noted for the runtime', (t) => {
  const site = siteOfThrow(t, () => url.parse(5 as unknown as string));
  t.is(site?.file, 'url.js');
  t.is(site?.line, 107);
  t.is(site?.text.length, 78);
  t.is(site?.caret, '          ^');
  t.is(siteOfThrow(t, () => url.resolve(5 as unknown as string, 'a'))?.line, 107);
});

test('url.parse / format / resolve / resolveObject go through the Url.prototype methods, as 0.10\'s did (a program may replace them)', (t) => {
  const proto = url.Url.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved: Record<string, (...args: unknown[]) => unknown> = {};
  const calls: string[] = [];
  for (const name of ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']) {
    const orig = (saved[name] = proto[name]);
    proto[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(name + (name === 'parse' ? ' ' + JSON.stringify(args) : ''));
      return orig.apply(this, args);
    };
  }
  try {
    url.parse('http://a.com/?x=1', true);
    t.deepEqual(calls, ['parse ["http://a.com/?x=1",true,null]', 'parseHost', 'format']);
    calls.length = 0;
    t.is(url.resolve('http://a/b', 'c'), 'http://a/c');
    t.deepEqual(calls.filter((c) => !c.startsWith('parse ') && c !== 'parseHost'), ['format', 'resolve', 'format', 'resolveObject', 'format', 'format']);
    calls.length = 0;
    t.is(url.format({ host: 'h' }), '//h');
    t.deepEqual(calls, ['format']);
  } finally {
    for (const name of Object.keys(saved)) proto[name] = saved[name];
  }
});


test("url.parse(urlStr): the TypeError for a non-string is thrown from Url.prototype.parse itself, as in 0.10 (no helper frame above it)", (t) => {
  const names = frameNames(() => url.parse(1 as unknown as string));
  // Url.prototype.parse (anonymous, as 0.10's), then urlParse.
  t.deepEqual(names.slice(0, 2), ['', 'urlParse']);
  t.false(names.includes('parseInto'));
});

test('url.Url is a plain constructor: a 0.10 subclass calls url.Url.call(this) and inherits the methods', (t) => {
  type Sub = InstanceType<typeof url.Url> & { extra: number };
  const Sub = function (this: Sub) {
    url.Url.call(this);
    this.extra = 1;
  } as unknown as { new (): Sub; prototype: Sub };
  Sub.prototype = Object.create(url.Url.prototype, { constructor: { value: Sub, writable: true, configurable: true } }) as Sub;
  const s = new Sub();
  t.deepEqual(Object.keys(s), [...FIELDS, 'extra']);
  t.true(s instanceof url.Url);
  s.parse('http://a.com/x?y=1#z');
  t.is(s.format(), 'http://a.com/x?y=1#z');
  t.is(s.resolve('../q'), 'http://a.com/q');
  t.is(url.format(s), 'http://a.com/x?y=1#z');
  const plain: Record<string, unknown> = {};
  t.is(url.Url.call(plain as unknown as InstanceType<typeof url.Url>), undefined);
  t.deepEqual(Object.keys(plain), FIELDS);
});
