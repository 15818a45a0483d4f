// url.format over the 150 URL shapes (format(parse(u)), format of the string, and the
// second round), then over hand-built objects.
var url = require('url');
var show = require('./fixtures/print');
var line = show.line;
var urls = require('./fixtures/urls').urls;

urls.forEach(function (u) {
  var once = url.format(url.parse(u));
  line(show([u, once, url.format(u), url.format(url.parse(once)), url.format(url.parse(u, true))]));
});

var objects = [
  { protocol: 'http', host: 'a.com', pathname: 'x?y#z', search: 'q#r' },
  { protocol: 'https:', hostname: 'b.org', port: 8443, pathname: '/p', query: { a: '1', b: ['x', 'y'] } },
  { protocol: 'mailto', auth: 'joe', hostname: 'example.com' },
  { protocol: 'xmpp', pathname: 'romeo@montague.net' },
  { protocol: 'file', pathname: '/etc/hosts' },
  { protocol: 'ftp', host: 'ftp.x.org', auth: 'us er:p@ss:w', pathname: 'pub' },
  { hostname: '::1', port: 80, pathname: '/v6' },
  { host: 'h.com', hostname: 'ignored.com', port: 1 },
  { slashes: true, pathname: 'no-host' },
  { pathname: '/only', search: 'a=1', hash: 'frag' },
  { query: 'string-query-ignored', pathname: '/q' },
  { query: {}, search: '', pathname: '/empty' },
  { protocol: 'foo', host: 'bar', pathname: 'baz' },
  { protocol: 'javascript:', pathname: 'alert(1)' },
  {},
  { href: 'http://ignored.com/' }
];
objects.forEach(function (o) {
  line(show([o, url.format(o)]));
});
line(show([url.format(null), url.format(undefined), url.format(5), url.format(''), url.format('HTTP://A.com')]));
