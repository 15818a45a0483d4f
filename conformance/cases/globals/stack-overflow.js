// A stack overflow: V8 3.14 gave its RangeError no stack (err.stack undefined, caught, in an
// 'uncaughtException' listener, through emit); uncaught, the report shows the site where the
// overflow was found (the `(` of the function entered) and then String(err).
var cp = require('child_process');
function f() { f(); }
try { f(); } catch (e) { console.log('caught', JSON.stringify(e.stack), e instanceof RangeError, Object.keys(e), e.message); }
var o = { m: function () { return this.m(); } };
try { o.m(); } catch (e) { console.log('method', e.stack, String(e)); }
var E = require('events').EventEmitter;
var em = new E();
em.on('x', function () { em.emit('x'); });
try { em.emit('x'); } catch (e) { console.log('emit', e.stack, e.message); }
var programs = [
  'var depth = 0;\nfunction recurse(n) {\n  depth++;\n  return recurse(n + 1) + 1;\n}\nsetTimeout(function () { recurse(0); }, 1);',
  'var g = function (n) {\n  return g(n + 1);\n};\ng(0);',
  '(function f(){ f(); })()',
  'process.on("uncaughtException", function (e) { console.log("handler", e.stack, e.message); });\nvar o = { m: function () { return this.m(); } };\nsetTimeout(function () { o.m(); }, 1);'
];
(function next(i) {
  if (i === programs.length) return;
  cp.execFile(process.execPath, ['-e', programs[i]], function (err, stdout, stderr) {
    console.log(i, err && err.code, JSON.stringify(stdout), JSON.stringify(stderr));
    next(i + 1);
  });
})(0);
