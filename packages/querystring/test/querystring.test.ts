// The manual's querystring items, with results checked against node v0.10.19.
import test from 'ava';
import { Buffer } from '@n10/buffer';
import querystring from '@n10/querystring';
import { percentDecode } from '../src/unescape-buffer';
import { siteOfThrow } from '../../../tools/test-throw-sites';

function bytes(s: string, decodeSpaces?: boolean): number[] {
  const out = new Uint8Array(s.length);
  return Array.from(out.subarray(0, percentDecode(s, decodeSpaces, out)));
}

test('require("querystring") has 0.10\'s keys, and encode/decode are the same functions', (t) => {
  t.deepEqual(Object.keys(querystring), ['unescapeBuffer', 'unescape', 'escape', 'encode', 'stringify', 'decode', 'parse']);
  t.is(querystring.encode, querystring.stringify);
  t.is(querystring.decode, querystring.parse);
  t.deepEqual([querystring.stringify.length, querystring.parse.length, querystring.escape.length,
    querystring.unescape.length, querystring.unescapeBuffer.length], [4, 4, 1, 2, 2]);
});

test('querystring.stringify(obj, [sep], [eq]): the manual examples', (t) => {
  t.is(querystring.stringify({ foo: 'bar', baz: ['qux', 'quux'], corge: '' }), 'foo=bar&baz=qux&baz=quux&corge=');
  t.is(querystring.stringify({ foo: 'bar', baz: 'qux' }, ';', ':'), 'foo:bar;baz:qux');
});

test('querystring.stringify(obj, [sep], [eq]): value types, holes and escaping as 0.10', (t) => {
  // eslint-disable-next-line no-sparse-arrays
  const obj = { a: [1, 2, , 'x'], b: true, c: NaN, d: null, e: undefined, f: {}, g: () => 0, h: Infinity, 'é ': "~!*()'" };
  t.is(querystring.stringify(obj), "a=1&a=2&&a=x&b=true&c=&d=&e=&f=&g=&h=&%C3%A9%20=~!*()'");
  t.is(querystring.stringify({ a: [], b: 1 }), '&b=1');
  t.is(querystring.stringify([1, 2]), '0=1&1=2');
  t.is(querystring.stringify({}), '');
  t.throws(() => querystring.stringify({ a: '\uD800' }), { instanceOf: URIError });
});

test('querystring.stringify(obj, sep, eq, name): primitives need a name', (t) => {
  t.is(querystring.stringify('abc'), '');
  t.is(querystring.stringify('abc', undefined, undefined, 'nm'), 'nm=abc');
  t.is(querystring.stringify(5, ';', ':', 7), '7:5');
  t.is(querystring.stringify(null, undefined, undefined, 'x'), 'x=');
});

test('querystring.parse(str, [sep], [eq], [options]): the manual example', (t) => {
  t.deepEqual(querystring.parse('foo=bar&baz=qux&baz=quux&corge'), { foo: 'bar', baz: ['qux', 'quux'], corge: '' });
});

test('querystring.parse(str, [sep], [eq], [options]): "+", escapes and empty pieces', (t) => {
  t.deepEqual(querystring.parse('a+b=c+d%20e&%3D=%26'), { 'a b': 'c d e', '=': '&' });
  t.deepEqual(querystring.parse('=&=x&&'), { '': ['', 'x', '', ''] });
  t.deepEqual(querystring.parse('a=b=c'), { a: 'b=c' });
  t.deepEqual(querystring.parse(''), {});
  t.deepEqual(querystring.parse(5 as unknown as string), {});
});

test('querystring.parse(str, [sep], [eq], [options]): custom sep and eq (eq skips one character)', (t) => {
  t.deepEqual(querystring.parse('a:1;b:2', ';', ':'), { a: '1', b: '2' });
  t.deepEqual(querystring.parse('a=>b&c=>d', '&', '=>'), { a: '>b', c: '>d' });
  t.deepEqual(querystring.parse('a;b:c', /;/ as unknown as string, ':'), { a: '', b: 'c' });
});

test('querystring.parse(str, [sep], [eq], [options]): maxKeys counts pieces; 0 lifts the limit', (t) => {
  t.deepEqual(querystring.parse('a&a&a=1&b=2', '&', '=', { maxKeys: 2 }), { a: ['', ''] });
  const many = Array.from({ length: 1500 }, (_, i) => `k${i}=${i}`).join('&');
  t.is(Object.keys(querystring.parse(many)).length, 1000);
  t.is(Object.keys(querystring.parse(many, undefined, undefined, { maxKeys: 0 })).length, 1500);
  // A fraction rounds up (0.10 compares the piece index with it); NaN and negatives lift the limit.
  t.deepEqual(querystring.parse('a&b&c&d', undefined, undefined, { maxKeys: 2.5 }), { a: '', b: '', c: '' });
  t.deepEqual(querystring.parse('a;b;c;d', ';', undefined, { maxKeys: 1.2 }), { a: '', b: '' });
  t.deepEqual(querystring.parse('a&b&c', undefined, undefined, { maxKeys: NaN }), { a: '', b: '', c: '' });
  t.deepEqual(querystring.parse('a&b&c', undefined, undefined, { maxKeys: -Infinity }), { a: '', b: '', c: '' });
});

test('querystring.parse(str, [sep], [eq], [options]): own keys only, __proto__ ignored', (t) => {
  const r = querystring.parse('__proto__=1&hasOwnProperty=2&constructor=3');
  t.deepEqual(Object.keys(r), ['hasOwnProperty', 'constructor']);
  t.is(Object.getPrototypeOf(r), Object.prototype);
});

test.serial('querystring.escape: used by stringify and replaceable', (t) => {
  t.is(querystring.escape('a b&c/é'), 'a%20b%26c%2F%C3%A9');
  const saved = querystring.escape;
  t.teardown(() => {
    querystring.escape = saved;
  });
  querystring.escape = (s) => `E(${s})`;
  t.is(querystring.stringify({ a: 'b' }), 'E(a)=E(b)');
});

test.serial('querystring.unescape: parse calls it for malformed input, replaceable', (t) => {
  const saved = querystring.unescape;
  t.teardown(() => {
    querystring.unescape = saved;
  });
  const calls: Array<[string, boolean | undefined]> = [];
  querystring.unescape = (s, decodeSpaces) => {
    calls.push([s, decodeSpaces]);
    return `U(${s})`;
  };
  // Both key and value go through unescape when either is malformed; '+' is '%20' by then.
  t.deepEqual(querystring.parse('a=b&c+d=%zz'), { a: 'b', 'U(c%20d)': 'U(%zz)' });
  t.deepEqual(calls, [['c%20d', true], ['%zz', true]]);
});

test('querystring.unescapeBuffer byte rules (percentDecode): malformed escapes kept, units truncated', (t) => {
  t.deepEqual(bytes('a+b%20%zz%4\u00e9%', true), [0x61, 0x20, 0x62, 0x20, 0x25, 0x7a, 0x7a, 0x25, 0x34, 0xe9, 0x25]);
  t.deepEqual(bytes('a+b'), [0x61, 0x2b, 0x62]);
  t.deepEqual(bytes('%'), [0x25]);
  t.deepEqual(bytes('%4'), [0x25, 0x34]);
  t.deepEqual(bytes('%%41'), [0x25, 0x25, 0x34, 0x31]);
  t.deepEqual(bytes('%4%41'), [0x25, 0x34, 0x25, 0x34, 0x31]);
  t.deepEqual(bytes('%e9%C3%a9\u4e2d'), [0xe9, 0xc3, 0xa9, 0x2d]);
  t.deepEqual(bytes(''), []);
});

test('querystring.unescapeBuffer(s, [decodeSpaces]) returns a Buffer', (t) => {
  const buf = querystring.unescapeBuffer('a+b%20%zz%4\u00e9%', true);
  t.true(Buffer.isBuffer(buf));
  t.deepEqual(Array.from(buf), [0x61, 0x20, 0x62, 0x20, 0x25, 0x7a, 0x7a, 0x25, 0x34, 0xe9, 0x25]);
  t.is(buf.toString('hex'), '61206220257a7a2534e925');
  t.is(querystring.unescapeBuffer('').length, 0);
  t.is(querystring.unescapeBuffer('%41+').toString(), 'A+');
});

test('querystring.unescape(s, [decodeSpaces]) decodes bytes as UTF-8', (t) => {
  t.is(querystring.unescape('a+b%20%zz\u00e9'), 'a+b %zz\ufffd');
  t.is(querystring.unescape('a+b%20%C3%A9', true), 'a b é');
});

test('querystring.parse(str): malformed % falls back to unescape, as 0.10', (t) => {
  t.deepEqual(querystring.parse('a=%zz&b=%E9%&c=%e9'), { a: '%zz', b: '\ufffd%', c: '\ufffd' });
  t.deepEqual(querystring.parse('a=\u00e9%zz&b=\u4e2d%&c'), { a: '\ufffd%zz', b: '-%', c: '' });
});

test('querystring.stringify escapes exactly as encodeURIComponent, for every UTF-16 unit and pairs', (t) => {
  let mismatches = 0;
  const check = (s: string): void => {
    let want: string;
    let got: string;
    try {
      want = encodeURIComponent(s);
    } catch (e) {
      want = `throws ${(e as Error).name}`;
    }
    try {
      got = querystring.stringify({ k: s }).slice(2);
    } catch (e) {
      got = `throws ${(e as Error).name}`;
    }
    if (want !== got) mismatches++;
  };
  for (let c = 0; c < 0x10000; c++) check('a' + String.fromCharCode(c) + 'b');
  for (const s of ['\uD800\uDC00', '\uDBFF\uDFFF', '\uD800', '\uDC00\uD800', 'x\uD83D\uDE00y', '\uD800a', 'é中😀 a+b']) check(s);
  t.is(mismatches, 0);
});

test('querystring.escape, unescape and unescapeBuffer are anonymous, as in 0.10', (t) => {
  for (const k of ['escape', 'unescape', 'unescapeBuffer'] as const) t.is(querystring[k].name, '', k);
});

test('querystring.unescape(str) decodes through querystring.unescapeBuffer, looked up on the module as 0.10 did (replaceable)', (t) => {
  const saved = querystring.unescapeBuffer;
  const calls: string[] = [];
  querystring.unescapeBuffer = function (s: string, decodeSpaces?: boolean) {
    calls.push(`${s} ${String(decodeSpaces)}`);
    return saved(s, decodeSpaces);
  };
  try {
    t.is(querystring.unescape('%41+b'), 'A+b');
    t.deepEqual(querystring.parse('k=%zz'), { k: '%zz' });
  } finally {
    querystring.unescapeBuffer = saved;
  }
  t.deepEqual(calls, ['%41+b undefined', 'k true', '%zz true']);
});

test('querystring.unescape / unescapeBuffer with no string: V8 3.14\'s TypeError (reading s.length), sited at 0.10\'s querystring.js:42', (t) => {
  const unescapeBuffer = querystring.unescapeBuffer as (s: unknown) => unknown;
  const unescape = querystring.unescape as (s: unknown) => unknown;
  t.deepEqual(siteOfThrow(t, () => unescapeBuffer(null)), { file: 'querystring.js', line: 42, text: '  var out = new Buffer(s.length);', caret: ' '.repeat(24) + '^' });
  t.is(t.throws(() => unescape(undefined))?.message, "Cannot read property 'length' of undefined");
  t.is(t.throws(() => unescapeBuffer(null))?.message, "Cannot read property 'length' of null");
  // Anything else goes on to new Buffer(s.length), as in 0.10.
  t.throws(() => unescape(5), { message: 'First argument needs to be a number, array or string.' });
});
