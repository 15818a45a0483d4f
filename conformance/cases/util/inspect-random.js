// runtime-only: random programs whose output rests on the runtime too (function names, frames).
// util.inspect and util.format over random values (nested arrays and objects, null-prototype
// and constructed objects, accessors, circular references, boxed primitives, errors, buffers,
// arguments, long arrays), from a seeded xorshift: the same text as node 0.10's.
[2, 6, 11].forEach(function (SEED) {
  (function () {
    var util = require('util');
    var seed = SEED;
    function rnd() { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 4294967296; }
    function pick(a) { return a[Math.floor(rnd() * a.length)]; }
    var keys = ['a', 'b', 'foo', 'bar baz', 'a-b', '0', '12', 'constructor', 'toString', '__proto__x', 'π', "it's", 'x\ny', '', 'length', 'name', 'prototype', 'key' + 'longerlongerlongername'];
    function str() { return pick(['', 'x', 'hello world', "it's", 'a"b', 'line\nbreak', 'tab\there', 'ünï', '\u0001', 'a very long string that goes on and on and on and on and on and on and on', '\\back', '\'q\'']); }
    function num() { return pick([0, -0, 1, -1, 3.14, 1e21, 1e-7, NaN, Infinity, -Infinity, 123456789, 0.1 + 0.2, 255]); }
    function Foo() { this.x = 1; }
    function Bar() {}
    Bar.prototype = { constructor: Bar, y: 2 };
    function Baz() {} Baz.prototype = Object.create(Foo.prototype);
    function value(d) {
      var k = Math.floor(rnd() * (d > 3 ? 8 : 24));
      switch (k) {
        case 0: return str();
        case 1: return num();
        case 2: return pick([true, false, null, undefined]);
        case 3: return function named() {};
        case 4: return function () {};
        case 5: return new Date(pick([0, 1e12, 1380000000000, NaN]));
        case 6: return pick([/x/g, /a\/b/im, new RegExp('')]);
        case 7: return new Error(str());
        case 8: case 9: case 10: case 11: {
          var a = [], n = Math.floor(rnd() * 8);
          for (var i = 0; i < n; i++) a.push(value(d + 1));
          if (rnd() < 0.2) a[n + 2] = value(d + 1);
          if (rnd() < 0.2) a[pick(keys)] = value(d + 1);
          return a;
        }
        case 12: case 13: case 14: case 15: {
          var o = rnd() < 0.1 ? Object.create(null) : rnd() < 0.1 ? new Foo() : rnd() < 0.1 ? new Bar() : rnd() < 0.05 ? new Baz() : {};
          var m = Math.floor(rnd() * 6);
          for (var j = 0; j < m; j++) o[pick(keys)] = value(d + 1);
          return o;
        }
        case 16: var b = new Buffer(Math.floor(rnd() * 60)); for (var q = 0; q < b.length; q++) b[q] = q * 7; return b;
        case 17: return pick([new String('boxed'), new Number(3), new Boolean(false), new Number(-0)]);
        case 18: var f = function withProps() {}; f.prop = value(d + 1); return f;
        case 19: var e = new TypeError('te'); e.code = 'ECODE'; e.extra = value(d + 1); return e;
        case 20: var g = {}; Object.defineProperty(g, 'get', { get: function () { return 1; }, enumerable: true }); Object.defineProperty(g, 'set', { set: function () {}, enumerable: true }); Object.defineProperty(g, 'both', { get: function () {}, set: function () {}, enumerable: true }); return g;
        case 21: var c = { name: 'circ' }; c.self = c; c.list = [c, 1]; return c;
        case 22: return (function () { return arguments; })(1, 'two', value(d + 1));
        case 23: var big = []; for (var z = 0; z < 30 + Math.floor(rnd() * 80); z++) big.push(rnd() < 0.5 ? z : str()); return big;
      }
    }
    var out = [];
    for (var t = 0; t < 150; t++) {
      var v = value(0);
      try {
        out.push(util.inspect(v));
        out.push(util.inspect(v, { depth: 0 }));
        out.push(util.inspect(v, false, null));

        out.push(util.format('%s %d %j', v, v, v));
      } catch (e) { out.push('threw ' + e.message); }
    }
    console.log(out.join('\n'));

  })();
});
