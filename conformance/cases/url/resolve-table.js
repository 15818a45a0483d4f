// url.resolve and url.resolveObject over the RFC 3986 §5.4 examples (as 0.10 resolves
// them) and over the resolutions programs do.
var url = require('url');
var show = require('./fixtures/print');
var f = require('./fixtures/urls');

function fields(u) {
  if (typeof u !== 'object') return u;
  var o = {};
  Object.keys(u).forEach(function (k) {
    o[k] = u[k];
  });
  return o;
}

console.log('RFC 3986 5.4.1 normal examples');
f.rfc3986Normal.forEach(function (r) {
  console.log(show([r, url.resolve(f.rfc3986Base, r)]));
});
console.log('RFC 3986 5.4.2 abnormal examples');
f.rfc3986Abnormal.forEach(function (r) {
  console.log(show([r, url.resolve(f.rfc3986Base, r)]));
});
console.log('pairs');
f.resolvePairs.forEach(function (p) {
  console.log(show([p[0], p[1], url.resolve(p[0], p[1])]));
  console.log('  ' + show(fields(url.resolveObject(p[0], p[1]))));
});
console.log('urls against two bases');
f.urls.forEach(function (u) {
  console.log(show([u, url.resolve('http://base.com/a/b?c#d', u), url.resolve('mailto:x@y.z', u)]));
});
console.log(show(url.resolveObject('', 'a')), show(url.resolveObject(null, { pathname: 'x' })));
