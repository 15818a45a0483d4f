// url.parse of 20 typical URLs (plain, with the query parsed, and with // as host), format,
// and resolve: n10 (@n10/url on the host) against the host's legacy url.parse, the npm
// `url` package and node 0.10. Ratios are n10 ÷ other (>1: n10 faster).
var path = require('path');

exports.contenders = {
  n10: { runtime: 'host', load: function () { return require(path.join(__dirname, '../packages/url')); } },
  'node 20': { runtime: 'host', load: function () { return require('url'); } },
  // The trailing slash resolves the npm package rather than the host's built-in module.
  'url (npm)': { runtime: 'host', load: function () { return require('url/'); } },
  'node 0.10': { runtime: 'oracle', load: function () { return require('url'); } }
};

// What servers, clients and crawlers parse: request paths, absolute URLs, proxies, auth,
// IPv6, IDN, mailto and javascript links.
var URLS = [
  '/',
  '/index.html',
  '/api/v1/users/42?fields=name,email&include=roles',
  '/search?q=node.js+url+parse&page=2&per_page=50',
  '/static/js/app.min.js?v=1380000000',
  'http://www.example.com/',
  'http://www.example.com/path/to/page.html?query=string#section-2',
  'https://user:pass@api.example.com:8443/v2/items?limit=10&offset=20',
  'http://localhost:3000/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz',
  'http://proxy.example.com:3128',
  'https://cdn.example.net/assets/images/logo@2x.png',
  'http://192.168.0.1:8080/admin/status',
  'http://[2001:db8::7]:8080/c=GB?objectClass?one',
  'ftp://anonymous:guest@ftp.example.org/pub/file.tar.gz',
  'mailto:joe@example.com?subject=Hello%20World',
  'javascript:void(0)',
  'http://mañana.com/straße?ö=ü',
  '//cdn.example.com/lib.js',
  'http://example.com/a b/c?d=e f#g h',
  'https://www.google.com/search?q=%E4%B8%AD%E6%96%87&ie=utf-8&oe=utf-8&aq=t&rls=org.mozilla:en-US:official'
];

var sink = 0;

exports.cases = {
  'parse 20 URLs': function (url) {
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < URLS.length; k++) sink += url.parse(URLS[k]).href.length;
    };
  },
  'parse 20 URLs, query as object': function (url) {
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < URLS.length; k++) sink += url.parse(URLS[k], true).href.length;
    };
  },
  'parse 20 URLs, // denotes host': function (url) {
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < URLS.length; k++) sink += url.parse(URLS[k], false, true).href.length;
    };
  },
  'format 20 parsed URLs': function (url) {
    var parsed = URLS.map(function (u) { return url.parse(u); });
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < parsed.length; k++) sink += url.format(parsed[k]).length;
    };
  },
  'resolve 20 URLs against a base': function (url) {
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < URLS.length; k++) sink += url.resolve('http://example.com/a/b/c?d#e', URLS[k]).length;
    };
  }
};
