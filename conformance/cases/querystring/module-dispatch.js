// querystring.unescape decodes through querystring.unescapeBuffer, and parse falls back to
// querystring.unescape for a malformed pair, stringify escapes through querystring.escape:
// each looked up on the module at the call, as 0.10 did, so a program may replace them.
var qs = require('querystring');
var calls = [];
['unescapeBuffer', 'unescape', 'escape'].forEach(function (name) {
  var orig = qs[name];
  qs[name] = function () { calls.push(name + ' ' + JSON.stringify([].slice.call(arguments))); return orig.apply(this, arguments); };
});
function show(label, v) { console.log(label + ': ' + JSON.stringify(v)); console.log('  ' + calls.join(' | ')); calls = []; }
show('unescape', qs.unescape('%41+b'));
show('unescape spaces', qs.unescape('%41+b', true));
show('parse ok', qs.parse('a=1&b=%20'));
show('parse malformed', qs.parse('k=%zz&x%=y&ok=1'));
show('stringify', qs.stringify({ a: 'b c', d: [1, 'e'] }));
show('stringify name', qs.stringify('v', ';', ':', 'n'));
