// buf.copy(target, targetStart, sourceStart, sourceEnd): defaults for undefined/NaN/out of
// range, truncation of fractions, errors, overlap, and non-Buffer targets.
var s = require('./fixtures/show');
var V = [undefined, null, 0, 2, 6, 7, -1, 1.5, NaN, Infinity, 'x', true];
function dots(n) { var b = new Buffer(n); b.fill(0x2e); return b; }
V.forEach(function (ts) {
  V.forEach(function (ss) {
    console.log(s.name(ts) + ' ' + s.name(ss) + ': ' + V.map(function (se) {
      return s.attempt(function () { var t = dots(6); var n = new Buffer('abcdef').copy(t, ts, ss, se); return n + ' ' + t.toString(); });
    }).join(' | '));
  });
});
console.log('small target', s.attempt(function () { var t = dots(3); return [new Buffer('abcdef').copy(t, 1), t]; }));
console.log('array target', s.attempt(function () { return new Buffer('ab').copy([0, 0]); }));
console.log('empty array target', s.attempt(function () { return new Buffer('ab').copy([]); }));
console.log('no target', s.attempt(function () { return new Buffer('ab').copy(); }));
console.log('null target', s.attempt(function () { return new Buffer('ab').copy(null); }));
console.log('empty source', s.attempt(function () { return new Buffer(0).copy(new Buffer(2), 5); }));
console.log('overlap forward', s.attempt(function () { var b = new Buffer('abcdef'); b.copy(b, 1, 0, 4); return b.toString(); }));
console.log('overlap backward', s.attempt(function () { var b = new Buffer('abcdef'); b.copy(b, 0, 2); return b.toString(); }));
console.log('overlap long', s.attempt(function () { var b = new Buffer(100); for (var i = 0; i < 100; i++) b[i] = i; b.copy(b, 10, 0, 80); return b.slice(0, 20); }));
