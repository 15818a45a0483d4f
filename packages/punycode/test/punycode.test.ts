// The manual's punycode items, with results checked against node v0.10.19.
import test from 'ava';
import punycode from '@n10/punycode';
import { frameNames, siteOfThrow } from '../../../tools/test-throw-sites';

test('require("punycode") has 0.10\'s keys', (t) => {
  t.deepEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
  t.deepEqual(Object.keys(punycode.ucs2), ['decode', 'encode']);
});

test('punycode.version is 1.2.0', (t) => {
  t.is(punycode.version, '1.2.0');
});

test('punycode.decode(string): the manual examples', (t) => {
  t.is(punycode.decode('maana-pta'), 'mañana');
  t.is(punycode.decode('--dqo34k'), '☃-⌘');
});

test('punycode.decode(string): RFC 3492 §7.1 samples', (t) => {
  t.is(punycode.decode('egbpdaj6bu4bxfgehfvwxn'), 'ليهمابتكلموشعربي؟');
  t.is(punycode.decode('ihqwcrb4cv8a8dqg056pqjye'), '他们为什么不说中文');
  t.is(punycode.decode('3B-ww4c5e180e575a65lsy2b'), '3年B組金八先生');
  t.is(punycode.decode('-> $1.00 <--'), '-> $1.00 <-');
});

test('punycode.decode(string): case of digits, empty and odd input as 0.10', (t) => {
  t.is(punycode.decode('MAANA-PTA'), 'MAñANA');
  t.is(punycode.decode(''), '');
  t.is(punycode.decode('abc-'), 'abc');
  // 1.2.0 maps '*' to digit 20 instead of rejecting it.
  t.is(punycode.decode('a*'), '\x80\x8a');
  t.is(punycode.decode('zzzzzzzzzzzzz'), '衞鳥箥糪縖');
});

test('punycode.decode(string): errors are RangeErrors with 1.2.0\'s messages', (t) => {
  t.throws(() => punycode.decode('ü'), { instanceOf: RangeError, message: 'Overflow: input needs wider integers to process' });
  t.throws(() => punycode.decode('é-abc'), { instanceOf: RangeError, message: 'Illegal input >= 0x80 (not a basic code point)' });
  t.throws(() => punycode.decode('9'), { instanceOf: RangeError, message: 'Invalid input' });
  t.throws(() => punycode.decode('-'), { instanceOf: RangeError, message: 'Invalid input' });
});

test('punycode.encode(string): the manual examples', (t) => {
  t.is(punycode.encode('mañana'), 'maana-pta');
  t.is(punycode.encode('☃-⌘'), '--dqo34k');
});

test('punycode.encode(string): basic-only, empty and astral input', (t) => {
  t.is(punycode.encode(''), '');
  t.is(punycode.encode('abc'), 'abc-');
  t.is(punycode.encode('ABCü'), 'ABC-joa');
  t.is(punycode.encode('\uDC00'), 'r49b');
  t.is(punycode.encode('他们为什么不说中文'), 'ihqwcrb4cv8a8dqg056pqjye');
  t.is(punycode.decode(punycode.encode('a😀b')), 'a😀b');
});

test('punycode.toUnicode(domain): the manual examples', (t) => {
  t.is(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
  t.is(punycode.toUnicode('xn----dqo34k.com'), '☃-⌘.com');
  t.is(punycode.toUnicode('mañana.com'), 'mañana.com');
});

test('punycode.toUnicode(domain): only a lowercase xn-- prefix, any IDNA dot', (t) => {
  t.is(punycode.toUnicode('XN--MAANA-PTA.Xn--maana-pta'), 'XN--MAANA-PTA.Xn--maana-pta');
  t.is(punycode.toUnicode('xn--maana-pta\u3002xn--MAANA-PTA'), 'mañana.mañana');
  t.is(punycode.toUnicode('xn--.a'), '.a');
});

test('punycode.toUnicode(domain): the last bad label is the one reported', (t) => {
  t.throws(() => punycode.toUnicode('xn--9.xn--é-'), { message: 'Illegal input >= 0x80 (not a basic code point)' });
});

test('punycode.toASCII(domain): the manual examples', (t) => {
  t.is(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
  t.is(punycode.toASCII('☃-⌘.com'), 'xn----dqo34k.com');
  t.is(punycode.toASCII('xn--maana-pta.com'), 'xn--maana-pta.com');
});

test('punycode.toASCII(domain): separators and control characters as 1.2.0', (t) => {
  t.is(punycode.toASCII('a\u3002b\uFF0Ec\uFF61d'), 'a.b.c.d');
  t.is(punycode.toASCII('Z\ta.x'), 'xn--Z\ta-.x');
  t.is(punycode.toASCII(''), '');
});

test('punycode.ucs2.decode(string): the manual examples', (t) => {
  t.deepEqual(punycode.ucs2.decode('abc'), [97, 98, 99]);
  t.deepEqual(punycode.ucs2.decode('\uD834\uDF06'), [0x1d306]);
});

test('punycode.ucs2.decode(string): lone and odd surrogates as 1.2.0', (t) => {
  t.deepEqual(punycode.ucs2.decode('\uD800'), [0xd800]);
  t.deepEqual(punycode.ucs2.decode('\uD800\uD800\uDC00'), [0xd800, 0xd800, 0xdc00]);
  // A low surrogate followed by a low surrogate is combined too.
  t.deepEqual(punycode.ucs2.decode('\uDC00\uDC00'), [0x10000]);
  t.deepEqual(punycode.ucs2.decode('a\uDBFF\uDFFFb'), [97, 0x10ffff, 98]);
});

test('punycode.ucs2.encode(codePoints): the manual examples', (t) => {
  t.is(punycode.ucs2.encode([97, 98, 99]), 'abc');
  t.is(punycode.ucs2.encode([0x1d306]), '\uD834\uDF06');
});

test('punycode.ucs2.encode(codePoints): converts the array in place, as 1.2.0', (t) => {
  const codePoints = [97, 0x1f600];
  t.is(punycode.ucs2.encode(codePoints), 'a😀');
  t.deepEqual(codePoints as unknown[], ['a', '😀']);
  t.is(punycode.ucs2.encode([0x110000, -1, 0xffff]), '\uD800\uDC00\uFFFF\uFFFF');
  t.throws(() => punycode.ucs2.encode({ length: 1, 0: 97 } as unknown as number[]), { instanceOf: TypeError });
});

test('punycode.decode(bad input): the RangeError notes 0.10\'s punycode.js:60 throw site (tabs kept) for the runtime', (t) => {
  t.deepEqual(siteOfThrow(t, () => punycode.decode('\u0080')), {
    file: 'punycode.js', line: 60, text: '\t\tthrow RangeError(errors[type]);', caret: '\t\t      ^',
  });
});


test('punycode.decode(string): its RangeError is thrown from a helper named `error`, as in 0.10 (what a stack shows)', (t) => {
  t.is(frameNames(() => punycode.decode('\u0100'))[0], 'error');
});
