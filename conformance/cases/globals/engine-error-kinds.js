// The errors the engine itself made carried two own non-enumerable data properties, `type`
// (the name of V8 3.14's message template) and `arguments` (the values it filled in), before
// their message; test tools print them (tap prints `type`, vows lists both).
var util = require('util');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    var type = e.type;
    var names = Object.getOwnPropertyNames(e).filter(function (n) { return n !== 'stack'; });
    var d = Object.getOwnPropertyDescriptor(e, 'type');
    console.log(label, e.name, type, util.inspect(e.arguments), names.join(','), d.enumerable, d.writable, Object.keys(e).length);
  }
}

var u, n = null, o = { f: 1 };
show('read undefined', function () { return u.x; });
show('read null', function () { return n.x; });
show('read index', function () { return u[0]; });
show('store', function () { n.x = 1; });
show('store undefined', function () { u.y = 2; });
show('call undefined', function () { u.run(); });
show('call null', function () { n.go(1); });
show('nested read', function () { var a = { b: {} }; return a.b.c.d; });
show('not defined', function () { return nosuch; });
show('strict not defined', function () { 'use strict'; undeclaredName = 1; });
show('undefined callee', function () { var f; f(); });
show('array length', function () { return new Array(-1); });
show('set array length', function () { [].length = -1; });
show('json token', function () { JSON.parse('{x'); });
show('json end', function () { JSON.parse('{'); });
show('json empty', function () { JSON.parse(''); });
show('circular', function () { var c = {}; c.c = c; JSON.stringify(c); });
show('in', function () { return 'a' in 1; });
show('overflow', function () { (function f() { f(); })(); });
show('defineProperty', function () { Object.defineProperty(1, 'a', {}); });
show('keys', function () { Object.keys(1); });
show('getPrototypeOf', function () { Object.getPrototypeOf(1); });
show('reduce', function () { [].reduce(function () {}); });
show('callback', function () { [1].forEach(1); });
show('regexp', function () { return new RegExp('('); });
show('primitive', function () { return String(Object.create(null)); });
show('date', function () { Date.prototype.toString.call(1); });
show('create', function () { Object.create(1); });
show('eval identifier', function () { eval('a b'); });
show('eval number', function () { eval('var 1'); });
show('eval string', function () { eval('var "s"'); });
show('eval token', function () { eval('a = = 1'); });
show('eval illegal', function () { eval('@'); });
show('eval end', function () { eval('if (1) {'); });
show('eval return', function () { eval('return 1'); });
show('function break', function () { return new Function('break'); });
show('function strict with', function () { return new Function('"use strict"; with (a) {}'); });
show('function strict octal', function () { return new Function('"use strict"; 010'); });
show('function label', function () { return new Function('l: l: 1'); });

// A method missing from `this`: the receiver itself.
var box = { name: 'box', go: function () { this.nope(); } };
try { box.go(); } catch (e) { console.log(e.type, e.arguments[0], e.arguments[1] === box); }

// Written by the program: its own values stay.
try { u.x = 1; } catch (e) { var m = e.message; e.type = 'mine'; e.arguments = [1]; console.log(e.type, e.arguments, m); }

// Uncaught, in an 'uncaughtException' listener.
process.on('uncaughtException', function (e) {
  console.log('uncaught', e.type, util.inspect(e.arguments), Object.getOwnPropertyNames(e).join(','), e.message);
});
setTimeout(function () { u.later(); }, 1);
