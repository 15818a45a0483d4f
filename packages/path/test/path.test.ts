// The manual's path items, with results checked against node v0.10.19.
import test from 'ava';
import path from '@n10/path';
import process from '@n10/process';
import { provideFs } from '../src/internal';
import * as win32 from '../src/win32';
import { siteOfThrow } from '../../../tools/test-throw-sites';

test('require("path") has 0.10\'s keys (POSIX)', (t) => {
  t.deepEqual(Object.keys(path), ['resolve', 'normalize', 'join', 'relative', 'sep', 'delimiter', 'dirname', 'basename',
    'extname', 'exists', 'existsSync', '_makeLong']);
  t.is(path.join.length, 0);
  t.is(path.resolve.length, 0);
  t.is(path.relative.length, 2);
  t.is(path.basename.length, 2);
});

test('path.normalize(p): the manual example', (t) => {
  t.is(path.normalize('/foo/bar//baz/asdf/quux/..'), '/foo/bar/baz/asdf');
});

test('path.normalize(p): trailing slash kept, dots resolved, empty is "."', (t) => {
  t.is(path.normalize('./a/'), 'a/');
  t.is(path.normalize(''), '.');
  t.is(path.normalize('/..'), '/');
  t.is(path.normalize('../a/../../b'), '../../b');
  t.is(path.normalize('a/..'), '.');
  t.is(path.normalize('a/../'), './');
  t.is(path.normalize('//a//b//'), '/a/b/');
  t.throws(() => path.normalize(5 as unknown as string), { instanceOf: TypeError });
});

test('path.join([path1], [path2], [...]): the manual example', (t) => {
  t.is(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'), '/foo/bar/baz/asdf');
});

test('path.join([path1], [path2], [...]): non-strings throw', (t) => {
  t.throws(() => path.join('foo', {} as string, 'bar'), { instanceOf: TypeError, message: 'Arguments to path.join must be strings' });
  t.throws(() => path.join('foo', null as unknown as string), { instanceOf: TypeError, message: 'Arguments to path.join must be strings' });
});

test('path.join([path1], [path2], [...]): empty parts', (t) => {
  t.is(path.join(), '.');
  t.is(path.join('', ''), '.');
  t.is(path.join('', '/a'), '/a');
  t.is(path.join('a', '', 'b/'), 'a/b/');
});

test.serial('path.resolve([from ...], to): the manual examples', (t) => {
  const saved = process.cwd;
  process.cwd = () => '/home/myself/node';
  t.teardown(() => {
    process.cwd = saved;
  });
  t.is(path.resolve('/foo/bar', './baz'), '/foo/bar/baz');
  t.is(path.resolve('/foo/bar', '/tmp/file/'), '/tmp/file');
  t.is(path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif'), '/home/myself/node/wwwroot/static_files/gif/image.gif');
  t.is(path.resolve(), '/home/myself/node');
  t.is(path.resolve('foo/bar', '/tmp/file/', '..', 'a/../subfile'), '/tmp/subfile');
  t.is(path.resolve('/', '..'), '/');
});

test('path.resolve([from ...], to): 0.10 throws on non-strings (the manual says ignored)', (t) => {
  t.throws(() => path.resolve('a', 5 as unknown as string, 'b'), { instanceOf: TypeError, message: 'Arguments to path.resolve must be strings' });
});

test('path.relative(from, to): the manual examples', (t) => {
  t.is(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), '../../impl/bbb');
  t.is(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), '..\\..\\impl\\bbb');
});

test('path.relative(from, to): same, root and prefix paths', (t) => {
  t.is(path.relative('/a/b', '/a/b'), '');
  t.is(path.relative('/', '/a/b'), 'a/b');
  t.is(path.relative('/a/b', '/'), '../..');
  t.is(path.relative('/a/bc', '/a/b'), '../b');
  t.throws(() => path.relative(5 as unknown as string, 'a'), { instanceOf: TypeError, message: 'Arguments to path.resolve must be strings' });
});

test('path.dirname(p): the manual example and edges', (t) => {
  t.is(path.dirname('/foo/bar/baz/asdf/quux'), '/foo/bar/baz/asdf');
  t.is(path.dirname('/'), '/');
  t.is(path.dirname('a'), '.');
  t.is(path.dirname('/a/'), '/');
  t.is(path.dirname('a//b'), 'a/');
  t.is(path.dirname(''), '.');
  // 0.10 converts non-strings with String() here.
  t.is(path.dirname(5 as unknown as string), '.');
});

test('path.basename(p, [ext]): the manual examples and edges', (t) => {
  t.is(path.basename('/foo/bar/baz/asdf/quux.html'), 'quux.html');
  t.is(path.basename('/foo/bar/baz/asdf/quux.html', '.html'), 'quux');
  t.is(path.basename('/a/b/'), 'b');
  t.is(path.basename('a.txt', 'a.txt'), '');
  t.is(path.basename('a.txt', 5 as unknown as string), 'a.txt');
  t.is(path.basename(undefined as unknown as string), 'undefined');
});

test('path.extname(p): the manual examples', (t) => {
  t.is(path.extname('index.html'), '.html');
  t.is(path.extname('index.'), '.');
  t.is(path.extname('index'), '');
});

test('path.extname(p): dot files and dot names as 0.10', (t) => {
  t.is(path.extname('.bashrc'), '');
  t.is(path.extname('.a.b'), '.b');
  t.is(path.extname('..'), '');
  t.is(path.extname('...'), '.');
  t.is(path.extname('..a'), '.a');
  t.is(path.extname('a.b/'), '.b');
  t.is(path.extname('a.b/c'), '');
});

test('path.sep', (t) => {
  t.is(path.sep, '/');
  t.deepEqual('foo/bar/baz'.split(path.sep), ['foo', 'bar', 'baz']);
  t.is(win32.sep, '\\');
});

test('path.delimiter', (t) => {
  t.is(path.delimiter, ':');
  t.deepEqual('/usr/bin:/bin'.split(path.delimiter), ['/usr/bin', '/bin']);
  t.is(win32.delimiter, ';');
});

test('path._makeLong(p) is the identity on POSIX, \\\\?\\ on win32', (t) => {
  t.is(path._makeLong('a/b'), 'a/b');
  t.is(win32.makeLong('c:\\a'), '\\\\?\\c:\\a');
  t.is(win32.makeLong('\\\\srv\\share\\a'), '\\\\?\\UNC\\srv\\share\\a');
});

test.serial('path.exists / path.existsSync forward to fs with a one-time deprecation warning', (t) => {
  const seen: string[] = [];
  provideFs(() => ({
    exists: (p, cb) => cb && cb(p === '/yes'),
    existsSync: (p) => p === '/yes',
  }));
  const savedError = console.error;
  console.error = (msg: string) => seen.push(msg);
  t.teardown(() => {
    console.error = savedError;
  });
  t.true(path.existsSync('/yes'));
  t.false(path.existsSync('/no'));
  let answer: boolean | undefined;
  path.exists('/yes', (e) => {
    answer = e;
  });
  t.true(answer);
  t.deepEqual(seen, ['path.existsSync is now called `fs.existsSync`.', 'path.exists is now called `fs.exists`.']);
});

test('win32 path: drives, UNC roots and mixed slashes', (t) => {
  t.is(win32.normalize('c:/a//b\\..\\c'), 'c:\\a\\c');
  t.is(win32.normalize('//srv/share/'), '\\\\srv\\share\\');
  t.is(win32.join('//a', 'b'), '\\\\a\\b\\');
  t.is(win32.join('/', '/a'), '\\a');
  t.is(win32.join('//srv', 'share', 'x'), '\\\\srv\\share\\x');
  t.is(win32.dirname('c:\\a\\b'), 'c:\\a');
  t.is(win32.basename('c:\\a\\b.txt', '.txt'), 'b');
  t.is(win32.extname('c:\\a.b\\c'), '');
});

test('path.normalize(p) — a non-string argument fails with V8 3.14 wording, as in 0.10', (t) => {
  const normalize = path.normalize as (p: unknown) => string;
  t.throws(() => normalize(1), { instanceOf: TypeError, message: "Object 1 has no method 'charAt'" });
  t.throws(() => normalize(null), { instanceOf: TypeError, message: "Cannot call method 'charAt' of null" });
  t.throws(() => normalize(undefined), { instanceOf: TypeError, message: "Cannot call method 'charAt' of undefined" });
  t.throws(() => normalize({}), { instanceOf: TypeError, message: "Object #<Object> has no method 'charAt'" });
  t.throws(() => normalize([]), { instanceOf: TypeError, message: "Object  has no method 'charAt'" });
  t.is(normalize(new String('/a//b/../c')), '/a/c');
});

test('path.join and the other functions are anonymous, as 0.10\'s exports.x = function', (t) => {
  for (const k of ['resolve', 'normalize', 'join', 'relative', 'dirname', 'basename', 'extname', '_makeLong'] as const) t.is(path[k].name, '', k);
});

test('path.resolve / path.join / path.normalize with a non-string: the throw site in 0.10\'s path.js is noted for the runtime', (t) => {
  t.deepEqual(siteOfThrow(t, () => path.join('a', undefined as unknown as string)), {
    file: 'path.js', line: 360, text: "        throw new TypeError('Arguments to path.join must be strings');", caret: '              ^',
  });
  t.is(siteOfThrow(t, () => path.resolve(null as unknown as string))?.line, 313);
  t.is(siteOfThrow(t, () => path.relative(5 as unknown as string, 'a'))?.line, 313);
  t.deepEqual(siteOfThrow(t, () => path.normalize(5 as unknown as string)), {
    file: 'path.js', line: 336, text: "    var isAbsolute = path.charAt(0) === '/',", caret: ' '.repeat(26) + '^',
  });
  // without the runtime's registry: the same errors, nothing noted
  t.throws(() => path.join('a', undefined as unknown as string), { message: 'Arguments to path.join must be strings' });
});

test('path.join and path.relative call path.normalize / path.resolve through the module, as 0.10 did (a program may replace them)', (t) => {
  const mod = path as unknown as Record<string, (...args: string[]) => string>;
  const saved = { normalize: mod.normalize, resolve: mod.resolve };
  const calls: string[] = [];
  mod.normalize = function (this: unknown, p: string) {
    calls.push('normalize ' + p);
    return saved.normalize.call(this, p);
  };
  mod.resolve = function (this: unknown, ...p: string[]) {
    calls.push('resolve ' + p.join(','));
    return saved.resolve.apply(this, p);
  };
  try {
    t.is(path.join('a', '', 'b/../c'), 'a/c');
    t.is(path.relative('/x/y', '/x/z'), '../z');
  } finally {
    Object.assign(mod, saved);
  }
  t.deepEqual(calls, ['normalize a/b/../c', 'resolve /x/y', 'resolve /x/z']);
});
