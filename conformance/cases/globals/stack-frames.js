// Stack frames as node 0.10 wrote them: the frames of its library (EventEmitter.emit,
// Timer.listOnTimeout [as ontimeout], process._tickCallback, fs's Object.oncomplete, module.js's
// start-up) and V8 3.14's naming rules ("null._onTimeout", "Object.parse (native)"). Paths,
// lines and columns are left out: only names and library file names are compared.
var EventEmitter = require('events').EventEmitter;
var fs = require('fs');
var net = require('net');
var stream = require('stream');

function frames(er, n) {
  var lines = er.stack.split('\n');
  var out = [lines[0]];
  for (var i = 1; i < lines.length && i <= n; i++) {
    out.push(lines[i]
      .replace(/\((?:[^()]*\/)?([^\/()]+?):\d+:\d+\)$/, '($1)')
      .replace(/at (?:[^ ]*\/)?([^\/ ]+?):\d+:\d+$/, 'at $1'));
  }
  return out.join('\n');
}

function show(name, er, n) {
  console.log('== ' + name + '\n' + frames(er, n));
}

show('top level', new Error('top'), 10);

var steps = [
  function emitter(next) {
    var e = new EventEmitter();
    e.on('x', function () { show('listener', new Error('x'), 2); });
    e.emit('x');
    next();
  },
  function timeout(next) {
    setTimeout(function () { show('setTimeout', new Error('t'), 2); next(); }, 1);
  },
  function interval(next) {
    var i = setInterval(function () { clearInterval(i); show('setInterval', new Error('i'), 3); next(); }, 1);
  },
  function immediate(next) {
    setImmediate(function () { show('setImmediate', new Error('s'), 2); next(); });
  },
  function tick(next) {
    process.nextTick(function () { show('nextTick', new Error('n'), 2); next(); });
  },
  function stat(next) {
    fs.stat(__filename, function () { show('fs.stat callback', new Error('f'), 2); next(); });
  },
  function readFile(next) {
    fs.readFile(__filename, function () { show('fs.readFile callback', new Error('f'), 3); next(); });
  },
  function statError(next) {
    fs.stat(__filename + '.missing', function (er) { show('fs.stat error', er, 3); next(); });
  },
  function readSyncError(next) {
    try { fs.readFileSync(__filename + '.missing'); } catch (er) { show('fs.readFileSync error', er, 2); }
    next();
  },
  function json(next) {
    try { JSON.parse('{bad'); } catch (er) { show('JSON.parse', er, 1); }
    next();
  },
  function server(next) {
    var s = net.createServer(function (c) {
      show('connection', new Error('c'), 3);
      c.destroy();
      s.close();
      next();
    });
    s.listen(0, '127.0.0.1', function () {
      net.connect(s.address().port, '127.0.0.1').on('error', function () {});
    });
  },
  function transform(next) {
    var t = new stream.Transform();
    t._transform = function (chunk, enc, cb) { show('_transform', new Error('t'), 7); cb(); };
    t.on('finish', next);
    t.end('x');
  },
  function buffer(next) {
    try { new Buffer(4).write('x', 10); } catch (er) { show('buffer.write', er, 1); }
    next();
  }
];

function run(i) {
  if (i < steps.length) steps[i](function () { run(i + 1); });
}
run(0);
