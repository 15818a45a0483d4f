// A frame stopped in a property load that called a getter: V8 3.14 placed it at the `.` before
// the name (today's engine: at the name; for `o.x += 1` and `o.x++`, at the `o`). Calls are at
// the name for both, keyed loads at the `[`.
var o = {};
Object.defineProperty(o, 'x', { get: function () { throw new Error('get'); }, set: function () { throw new Error('set'); } });
var p = { get y() { throw new Error('literal getter'); }, get f() { throw new Error('getter of a method'); } };
function C() {}
C.prototype = { get z() { throw new Error('inherited getter'); } };
var c = new C();
var q = { a: { b: o } };
function at(f) {
  try { f(); } catch (e) { console.log(e.message, e.stack.split('\n')[2].replace(/\(.*[\\\/]/, '(')); }
}
at(function () { var v = o.x; });
at(function () { var v = o['x']; });
at(function () { var k = 'x'; var v = o[k]; });
at(function () { var v = p.y; });
at(function () { var v = c.z; });
at(function () { var v = q.a.b.x; });
at(function () { var v = 1 + o.x; });
at(function () { return o.x; });
at(function () { if (o.x) {} });
at(function () { var v = typeof o.x; });
at(function () { var v = [o.x, 1]; });
at(function () { o.x.toString(); });
at(function () { p.f(); });
at(function () { o.x = 1; });
at(function () { o.x += 1; });
at(function () { o.x++; });
at(function () { var v = o
  .x; });
