// Functions printed by util.format / console.log (%s and arguments after the format): their
// source as node 0.10 (V8 3.14) printed it: "function " + declared name + text from the "(".
var util = require('util');
var o = { get x(){ return 1; }, set x(v){} };
var d = Object.getOwnPropertyDescriptor(o, 'x');
console.log(util.format('%s|%s', d.get, d.set));
console.log('fn', function /* c */ foo /* d */ (a) { }, function
named
(){});
console.log('%s %s %s', Math.max, function(){}.bind(null), Object);
var f = function(){}; console.log('f:', f);
console.log('%s', new Function('a', 'return a'), new Function());
console.log('multi', function(a,
  b) { return a; });
var g = function(){}; g.toString = function(){ return 'own'; }; console.log('own:', g, util.format('%s', g));
console.log(util.format('%s', function   spaced  () {}), util.format(function(){}), util.format('%j', function(){}));
console.log('x', function(){ return "{ [native code] }"; });
