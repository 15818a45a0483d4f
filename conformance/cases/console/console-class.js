// The Console class: custom streams, stderr defaulting to stdout, binding, errors, trace.
var Console = require('console').Console;
var util = require('util');

function sink(name) {
  var s = { chunks: [], write: function (chunk) { this.chunks.push(String(chunk)); return true; } };
  s.name = name;
  return s;
}
var out = sink('out');
var err = sink('err');
var c = new Console(out, err);
c.log('log %s', 'formatted', { x: 1 });
c.info('info');
c.warn('warn');
c.error('error', 2);
c.dir({ deep: { deeper: { deepest: { gone: true } } } });
c.trace('traced %d', 5);
c.trace();
var log = c.log;
log('detached');
console.log(JSON.stringify(out.chunks));
console.log(JSON.stringify(err.chunks.map(function (s) {
  // Keep the trace header and the shape of the first frame only.
  var lines = s.split('\n');
  return lines[0] + (lines.length > 2 ? ' | ' + /^    at /.test(lines[1]) : '');
})));

var only = sink('only');
var d = Console(only);
d.error('to the only stream');
d.log('also here');
console.log(d instanceof Console, JSON.stringify(only.chunks));

[undefined, null, {}, { write: 'not a function' }].forEach(function (arg) {
  try { new Console(arg); console.log('accepted'); } catch (e) { console.log(e.name, e.message); }
});

console.log(Object.keys(c), Object.keys(Console.prototype));
console.log(util.inspect(c));
console.log(Object.getOwnPropertyNames(c).slice(0, 3), c.propertyIsEnumerable('_stdout'), c._stdout === out, c._stderr === err);

// Methods come from the instance's own prototype chain when it is built.
function Loud(o) { Console.call(this, o); }
util.inherits(Loud, Console);
Loud.prototype.log = function () { Console.prototype.log.call(this, 'LOUD:', util.format.apply(util, arguments)); };
var loudOut = sink('loud');
var loud = new Loud(loudOut);
var loudLog = loud.log;
loudLog('hello');
console.log(JSON.stringify(loudOut.chunks));
