// url.resolve and url.resolveObject over the RFC 3986 §5.4 examples (as 0.10 resolves
// them) and over the resolutions programs do.
var url = require('url');
var show = require('./fixtures/print');
var line = show.line;
var f = require('./fixtures/urls');

function fields(u) {
  if (typeof u !== 'object') return u;
  var o = {};
  Object.keys(u).forEach(function (k) {
    o[k] = u[k];
  });
  return o;
}

line('RFC 3986 5.4.1 normal examples');
f.rfc3986Normal.forEach(function (r) {
  line(show([r, url.resolve(f.rfc3986Base, r)]));
});
line('RFC 3986 5.4.2 abnormal examples');
f.rfc3986Abnormal.forEach(function (r) {
  line(show([r, url.resolve(f.rfc3986Base, r)]));
});
line('pairs');
f.resolvePairs.forEach(function (p) {
  line(show([p[0], p[1], url.resolve(p[0], p[1])]));
  line('  ' + show(fields(url.resolveObject(p[0], p[1]))));
});
line('urls against two bases');
f.urls.forEach(function (u) {
  line(show([u, url.resolve('http://base.com/a/b?c#d', u), url.resolve('mailto:x@y.z', u)]));
});
line(show(url.resolveObject('', 'a')), show(url.resolveObject(null, { pathname: 'x' })));
