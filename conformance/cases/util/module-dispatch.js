// util.inspect merges its options with util._extend, util.log prints with util.puts and util.p
// inspects with util.inspect, each looked up on the module at the call as 0.10's exports.X
// were (a program may replace them); options that are not objects are not merged.
var util = require('util');
var calls = [];
['_extend', 'puts', 'inspect'].forEach(function (name) {
  var orig = util[name];
  util[name] = function () {
    calls.push(name + ' ' + (name === 'puts' ? typeof arguments[0] : util.format('%j', [].slice.call(arguments, name === '_extend' ? 1 : 0))));
    return name === 'puts' ? undefined : orig.apply(this, arguments);
  };
});
function show(label, v) { console.log(label + ': ' + JSON.stringify(v)); console.log('  ' + calls.join(' | ')); calls = []; }
var nested = { a: { b: { c: { d: 1 } } } };
show('inspect', util.inspect(nested));
show('inspect opts', util.inspect(nested, { depth: 0 }));
show('inspect bool', util.inspect(nested, true));
show('inspect legacy', util.inspect(nested, false, 0, false));
show('inspect string', util.inspect(nested, 'abc'));
show('inspect number', util.inspect(nested, 5));
var f = function () {}; f.depth = 0;
show('inspect function', util.inspect(nested, f));
var arr = [1]; arr.depth = 0;
show('inspect array', util.inspect(nested, arr));
show('log', util.log('message'));
var write = process.stderr.write;
process.stderr.write = function () { return true; };
util.p({ x: 1 }, 'y');
process.stderr.write = write;
show('p', null);
