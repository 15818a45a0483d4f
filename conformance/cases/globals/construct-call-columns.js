// Where a stack places a call of a constructor: V8 3.14 placed a `new` that opens a statement at
// the last position its callee and arguments recorded (a property's `.` or `[`, a call, a global
// name), where today's engine places it at `new`; elsewhere (an assignment, a return, an
// argument) both place it at `new`. A literal made among the arguments (an object, an array, a
// regexp, a function) recorded the position current before it, a local variable's too. Also
// the origin of code made by such a `new Function`.
function F() { console.log(new Error('x').stack.split('\n')[2].replace(/.*construct-call-columns\.js:/, '')); }
var a = { F: F, b: { F: F } }, b = 1, x;
function g() { return 1; }
new F();
new F;
new a.F();
new a.b.F();
new a['F']();
new a.b['F']();
new a.F('s', 1);
new a.F(b);
new a.F(g());
x = 1; new a.F();
if (1) new a.F();
  new a.F();
new a.F(a.b);
new a
  .F();
new F(b);
new F(a.b);
new a.F().constructor;
new a.F(new a.F());
var y = new F(), z = new  a.F();
x = new a.F();
x = (new a.F());
(function () { return new a.F(); })();
[new a.F()];
x = { k: new a.F() };
void new a.F();
new (F)();
new F({encoding: 'bogus'});
new F([1]);
new F(/x/);
new F(function () {});
new F(b, {});
new F({}, g());
new F({ k: g() });
new  F({});
new a.F([]);
try {
  new Function('throw new Error("made")')();
} catch (e) {
  console.log(e.stack.split('\n')[1]);
}
try {
  x = new Function('a', '\n\nthrow new Error("made " + a)')(1);
} catch (e) {
  console.log(e.stack.split('\n')[1]);
}
