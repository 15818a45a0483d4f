// url.parse(u, true): the query through querystring.parse, malformed escapes included.
var url = require('url');
var show = require('./fixtures/print');
var line = show.line;

['/p?a=%zz&b=%E9', 'http://x.com/?q=100%&r=%', 'http://x.com/?name=Jos%E9&ok=%C3%A9', '/?a+b=c+d&a+b=%2B',
  '/?=&&=x', '/?arr=1&arr=2&arr=3', '/?__proto__=1&toString=2', '/?%F0%9F%98%80=%F0%9F%98', '/?é=ü&中=%'].forEach(function (u) {
  var p = url.parse(u, true);
  line(show([u, p.search, p.query, p.path, p.href]));
});
