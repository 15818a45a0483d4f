// unpipe() with no argument, with a stream that is not piped, with several destinations,
// and unpipe from a destination's 'unpipe' listener; pipesCount and pipes after each.
var stream = require('stream');
function W(name) {
  var w = new stream.Writable();
  w._write = function (c, e, cb) { console.log(name, 'write', String(c)); cb(); };
  w.on('unpipe', function (s) { console.log(name, 'unpipe'); });
  w.name = name;
  return w;
}
function state(r) {
  var s = r._readableState;
  var p = s.pipes === null ? 'null' : Array.isArray(s.pipes) ? '[' + s.pipes.map(function (x) { return x.name; }).join(',') + ']' : s.pipes.name;
  return 'pipesCount=' + s.pipesCount + ' pipes=' + p + ' flowing=' + s.flowing;
}
var r = new stream.Readable();
r._read = function () {};
var a = W('a'), b = W('b'), c = W('c'), d = W('d');
console.log('unpipe on nothing returns r:', r.unpipe() === r, state(r));
r.pipe(a);
console.log(state(r));
console.log('unpipe of other returns r:', r.unpipe(b) === r, state(r));
r.pipe(b);
console.log(state(r));
r.pipe(c);
console.log(state(r));
r.unpipe(d);
console.log('after unpipe(d):', state(r));
r.unpipe(b);
console.log('after unpipe(b):', state(r));
r.unpipe(a);
console.log('after unpipe(a):', state(r));
r.pipe(a);
r.pipe(b);
console.log(state(r));
r.unpipe();
console.log('after unpipe():', state(r));
r.pipe(d);
r.unpipe();
console.log('after unpipe() of one:', state(r));
r.pipe(a);
r.push('x');
r.push('y');
setTimeout(function () {
  console.log(state(r), 'length', r._readableState.length);
  r.unpipe(a);
  r.push('z');
  console.log('after', state(r), 'length', r._readableState.length);
  setTimeout(function () {
    console.log('later length', r._readableState.length);
  }, 5);
}, 5);
