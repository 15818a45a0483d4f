// require('querystring'): its keys, arities, aliases, and the overridable escape/unescape.
var qs = require('querystring');
Object.keys(qs).forEach(function (k) {
  console.log(k, typeof qs[k], qs[k].length);
});
console.log(qs.encode === qs.stringify, qs.decode === qs.parse);
console.log(qs.escape('a b&c/~*'));
qs.escape = function (s) {
  return '<' + s + '>';
};
console.log(qs.stringify({ a: 'b', n: 5 }));
qs.unescape = function (s, decodeSpaces) {
  return '[' + s + ',' + decodeSpaces + ']';
};
console.log(JSON.stringify(qs.parse('a=b&c+d=%zz')));
