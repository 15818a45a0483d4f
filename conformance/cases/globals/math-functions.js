// Math.sin, cos, tan, log, exp, atan, asin, acos, atan2 print the digits 0.10's engine gave
// (x87 fsin/fcos/fptan with fprem1 reduction of huge arguments, ln2*fyl2x for log, the C
// library for the others): small, large and huge arguments, special values, coercion.
var p10 = [1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4, 1e5, 1e6];
var seed = 7; function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
var xs = [0, -0, 1, -1, 0.5, 2, 3, 10, 100, 0.1, 0.7, 1e-10, 1e10, 1e22, 1e300, -1e300, 5e-324, Math.PI, -Math.PI,
  Math.PI / 2, Math.E, 9.3e18, 1.7976931348623157e308, 709.78, -745.13, Infinity, -Infinity, NaN];
for (var i = 0; i < 400; i++) xs.push((rnd() - 0.5) * p10[Math.floor(rnd() * 12)]);
for (i = 0; i < 100; i++) xs.push(rnd() * 2 - 1, (rnd() - 0.5) * Math.pow(2, Math.floor(rnd() * 100)));
['sin', 'cos', 'tan', 'log', 'exp', 'atan', 'asin', 'acos'].forEach(function (f) {
  console.log(f, xs.map(function (x) { return Math[f](x); }).join(' '));
});
console.log('atan2', xs.map(function (x, i) { return Math.atan2(x, xs[(i * 7 + 3) % xs.length]); }).join(' '));
console.log(Math.atan2(Infinity, -Infinity), Math.atan2(-Infinity, Infinity), Math.atan2(-0, -0));
var log = [];
function v(s, n) { return { valueOf: function () { log.push(s); return n; } }; }
console.log(Math.sin(v('a', 1)), Math.atan2(v('y', 1), v('x', 2)), Math.cos('2'), Math.exp(), Math.log(null), log.join());
console.log(Math.sin.length, Math.atan2.length, Math.sin.name, String(Math.tan), Math.sin.prototype);
try { new Math.sin(1); } catch (e) { console.log(e instanceof TypeError); }
