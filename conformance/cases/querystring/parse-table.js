// querystring.parse over the well-formed query strings: default, ';' ':' separators, a
// small maxKeys; then stringify of the result, and the round trip.
var qs = require('querystring');
var show = require('./fixtures/print');
var line = show.line;
var queries = require('./fixtures/queries').wellFormed;

queries.forEach(function (q) {
  var parsed = qs.parse(q);
  line(show(q));
  line('  ' + show(parsed));
  line('  ' + show(qs.parse(q.replace(/&/g, ';').replace(/=/g, ':'), ';', ':')));
  line('  ' + show(qs.parse(q, null, null, { maxKeys: 2 })));
  var back = qs.stringify(parsed);
  line('  ' + show([back, qs.stringify(parsed, ';', ':'), JSON.stringify(qs.parse(back)) === JSON.stringify(parsed)]));
});
line(show([qs.parse(''), qs.parse(null), qs.parse(5), qs.parse('a=b', '', ''), qs.parse('a=>b&c=>d', '&', '=>')]));
var many = [];
for (var i = 0; i < 1500; i++) many.push('k' + i + '=' + i);
line(show([Object.keys(qs.parse(many.join('&'))).length, Object.keys(qs.parse(many.join('&'), null, null, { maxKeys: 0 })).length,
  Object.keys(qs.parse(many.join('&'), null, null, { maxKeys: -1 })).length, Object.keys(qs.parse(many.join('&'), null, null, { maxKeys: '5' })).length]));
