// querystring.parse, unescape and unescapeBuffer over malformed escapes (0.10's byte-wise
// fallback decoded as UTF-8). Needs Buffer (@n10/buffer) under n10.
var qs = require('querystring');
var show = require('./fixtures/print');
var line = show.line;
var queries = require('./fixtures/queries').malformed;

line(show([qs.unescape('plain+text%20%41'), qs.unescape('plain+text%20%41', true), qs.unescape('\u00e9\u4e2d')]));
queries.forEach(function (q) {
  line(show([q, qs.parse(q), qs.unescape(q), qs.unescape(q, true)]));
  var buf = qs.unescapeBuffer(q, true);
  line('  ' + Buffer.isBuffer(buf) + ' ' + buf.length + ' ' + buf.toString('hex'));
});
