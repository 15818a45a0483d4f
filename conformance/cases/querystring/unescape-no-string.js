// querystring.unescape / unescapeBuffer with no string: 0.10 read s.length first. Caught
// (message, first frames), then uncaught (stderr shows querystring.js:42 and its frames).
var qs = require('querystring');
[null, undefined].forEach(function (v) {
  try { qs.unescape(v); } catch (e) { console.log(e.name, e.message, JSON.stringify(e.stack.split('\n').slice(1, 3))); }
  try { qs.unescapeBuffer(v); } catch (e) { console.log(e.name, e.message, e.stack.split('\n')[1]); }
});
var srcs = [
  "require('querystring').unescape(undefined)",
  "require('querystring').unescapeBuffer(null)"
];
require('../../lib/uncaught-heads')(srcs, null, 8);
