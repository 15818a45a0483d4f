// runtime-only: random programs whose output rests on the runtime too (function names, frames).
// path, url and querystring over random inputs from a seeded xorshift (segments with dots,
// slashes and odd characters; URLs of many shapes; query strings with bad escapes): node 0.10's
// results and errors.
[3, 5].forEach(function (SEED) {
  (function () {
    var path = require('path'), url = require('url'), qs = require('querystring'), util = require('util');
    var seed = SEED;
    function rnd() { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 4294967296; }
    function pick(a) { return a[Math.floor(rnd() * a.length)]; }
    function seg() { return pick(['a', 'b', '..', '.', '', '/', '//', 'c.txt', '.hidden', 'x.tar.gz', 'dir/', '../..', '~', 'a b', 'ü', '\\', 'C:', 'foo.', '...']); }
    function p() { var s = rnd() < 0.3 ? '/' : ''; var n = Math.floor(rnd() * 5); for (var i = 0; i < n; i++) s += seg() + (rnd() < 0.7 ? '/' : ''); return s; }
    function show(label, f) { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, 'threw', e.name, e.message); } }
    for (var i = 0; i < 150; i++) {
      var a = p(), b = p(), c = p();
      show('join', function () { return path.join(a, b, c); });
      show('resolve', function () { return path.resolve('/base', a, b); });
      show('normalize', function () { return path.normalize(a + b); });
      show('relative', function () { return path.relative('/' + a, '/' + b); });
      show('dirname', function () { return path.dirname(a); });
      show('basename', function () { return [path.basename(a), path.basename(a, '.txt'), path.basename(a, pick(['.gz', 'a', '', 'x.tar.gz']))]; });
      show('extname', function () { return path.extname(a + b); });
      show('isAbsolute', function () { return path.resolve(a) === a; });
    }
    function urlish() {
      return pick(['http', 'https', 'ftp', 'mailto', 'file', 'javascript', 'HTTP', 'x-y+z', '']) + pick([':', '://', ':///', '//']) +
        pick(['', 'user:pw@', 'user@', '@', 'u%20x@']) + pick(['example.com', 'EXAMPLE.com', '127.0.0.1', '[::1]', 'a_b.c', 'ex ample.com', 'xn--n3h.com', '☃.com', 'host:8080', 'host:', 'host:abc', '']) +
        pick(['', '/', '/a/b', '/a b/c', '/%7Efoo', '/../x', '/a?b', '\\x\\y', '/a;p']) + pick(['', '?', '?a=1&b=2', '?a=%20&a=2&c', '?q=a+b', '??x']) + pick(['', '#', '#frag', '#a b', '#?x']);
    }
    for (var j = 0; j < 150; j++) {
      var u = urlish(), v = urlish();
      show('parse', function () { return url.parse(u); });
      show('parseq', function () { return url.parse(u, true).query; });
      show('parses', function () { return url.parse(u, false, true); });
      show('format', function () { return url.format(url.parse(u)); });
      show('resolve', function () { return url.resolve(u, pick(['', '.', '..', '/x', 'y/z', '?q', '#h', '//other/p', v])); });
    }
    function qsv() { return pick(['', 'a', 'a=1', 'a=1&a=2', 'a[]=1', '%', '%zz', 'a=%E2%82%AC', 'a=b=c', '=x', '&&', 'a+b=c+d', 'é=ü', 'a=1;b=2', 'a=%2', 'toString=1', '__proto__=1', 'hasOwnProperty=x']); }
    for (var k = 0; k < 150; k++) {
      var q = qsv() + pick(['&', ';', '']) + qsv();
      show('qparse', function () { return qs.parse(q); });
      show('qparse2', function () { return qs.parse(q, ';', ':'); });
      show('qparse3', function () { return qs.parse(q, null, null, { maxKeys: 1 }); });
      show('qstr', function () { return qs.stringify(qs.parse(q)); });
      show('qstr2', function () { return qs.stringify({ a: [1, 'x y'], b: null, c: undefined, d: true, e: {}, f: NaN, g: 'é€' }, pick(['&', ';']), pick(['=', ':'])); });
      show('esc', function () { return [qs.escape(q), qs.unescape(q)]; });
    }

  })();
});
