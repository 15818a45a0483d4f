// A failed call or read on a call's result (f().x(), f().x): V8 3.14's message (Cannot call method / Cannot read property) and column (the name of a call, the `.` of a read).
function t(f) { try { f(); } catch (e) { console.log(e.message, e.stack.split('\n')[1].replace(/.*engine-call-on-results\.js:/, '')); } }
var u, o = {};
function none() {}
t(function () { none().slice(0); });
t(function () { JSON.stringify(u).slice(0, 2); });
t(function () { (u).slice(0); });
t(function () { o.a.slice(0); });
t(function () { o.a.b.c(); });
t(function () { u.x; });
t(function () { none(1, 2).x; });
t(function () { o['a'].y(); });
t(function () { none()[0](); });
t(function () { none()
  .foo(); });
