// Where a failed property read is placed in the stack (and under the uncaught report's caret):
// V8 3.14 put a read at the `.` before the name, a call at the name, a computed call at its `(`.
var o = null, u, k = 'p';
function at(f) { try { f(); } catch (e) { var m = /engine-read-columns\.js:(\d+):(\d+)/.exec(e.stack); return m[2] + ' ' + e.message; } }
console.log(at(function () { o.x; }));
console.log(at(function () { o.f(); }));
console.log(at(function () { o[k]; }));
console.log(at(function () { o[k](); }));
console.log(at(function () { u.a.b; }));
console.log(at(function () { var z = {}; z.a .b; }));
console.log(at(function () { var z = {}; z.a. b; }));
console.log(at(function () { var z = {}; z.a
  .b; }));
console.log(at(function () { var z = {}; z.a.b(); }));
console.log(at(function () { var z = {}; z['a'].b; }));
console.log(at(function () { o.x++; }));
console.log(at(function () { o.x += 1; }));
console.log(at(function () { 'use strict'; var z = {}; z.a.b.call(); }));
