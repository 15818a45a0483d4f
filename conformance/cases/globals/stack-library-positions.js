// Library frames where node 0.10 had them: the line and column of 0.10's own files
// (module.js:456:26, events.js:95:17, timers.js:110:15, node.js:415:13, net.js:525:27…),
// which every uncaught error's stack shows. One scenario after another, each printing the
// first frames of a fresh Error's stack (program paths made relative). (n10's own frames,
// left out of its stacks, still count against Error.stackTraceLimit: a deep stack ends early.)
var fs = require('fs');
var net = require('net');
var http = require('http');
var stream = require('stream');
var EventEmitter = require('events').EventEmitter;
var domain = require('domain');
var steps = [];
var tmp = __dirname + '/.stack-positions-' + process.pid + '.tmp';

function p(label, count) {
  var lines = new Error().stack.split('\n').slice(2, 2 + (count || 6));
  console.log('## ' + label);
  lines.forEach(function (l) { console.log(l.split(__dirname + '/').join('')); });
}
function show(label, e) {
  console.log('## ' + label + ': ' + e.message);
  e.stack.split('\n').slice(1).forEach(function (l) { console.log(l.split(__dirname + '/').join('')); });
}
function next() {
  var step = steps.shift();
  if (step) step();
}

p('main');
steps.push(function () {
  process.nextTick(function () { p('tick'); next(); });
});
steps.push(function () {
  setTimeout(function () { p('timeout'); next(); }, 1);
});
steps.push(function () {
  var iv = setInterval(function () { p('interval'); clearInterval(iv); next(); }, 1);
});
steps.push(function () {
  setImmediate(function () { p('immediate'); next(); });
});
steps.push(function () {
  var e = new EventEmitter();
  e.on('a', function () { p('emit, no args'); });
  e.emit('a');
  e.on('b', function () { p('emit, 1 arg'); });
  e.emit('b', 1);
  e.on('c', function () { p('emit, 2 args'); });
  e.emit('c', 1, 2);
  e.on('d', function () { p('emit, 4 args'); });
  e.emit('d', 1, 2, 3, 4);
  e.on('f', function () { p('emit, 2 listeners'); });
  e.on('f', function () {});
  e.emit('f', 1, 2, 3, 4);
  e.once('g', function () { p('once'); });
  e.emit('g', 1);
  try { e.emit('error', 'not an error'); } catch (er) { show('unspecified error', er); }
  next();
});
steps.push(function () {
  var r = new stream.Readable();
  var t = new stream.Transform();
  var w = new stream.Writable();
  var i = 0;
  r._read = function () { this.push(i++ < 1 ? 'a' : null); };
  t._transform = function (c, e, cb) { p('_transform'); cb(null, c); };
  t._flush = function (cb) { p('_flush'); cb(); };
  w._write = function (c, e, cb) { p('_write'); cb(); };
  w.on('finish', function () { p('finish'); next(); });
  r.pipe(t).pipe(w);
});
steps.push(function () {
  var r = new stream.Readable();
  var i = 0;
  var left = 2;
  function sink(label) {
    var w = new stream.Writable();
    w._write = function (c, e, cb) { p(label); cb(); };
    w.on('finish', function () { if (--left === 0) next(); });
    return w;
  }
  r._read = function () { this.push(i++ < 1 ? 'a' : null); };
  r.pipe(sink('first of two pipes'));
  r.pipe(sink('second of two pipes'));
});
steps.push(function () {
  var r = new stream.Readable();
  r._read = function () {};
  r.on('data', function () { p('data (old mode)'); next(); });
  r.push('x');
});
steps.push(function () {
  fs.readFile(__filename, function () {
    p('readFile');
    fs.stat(__filename, function () {
      p('stat');
      fs.open(__filename, 'r', function (e, fd) {
        fs.read(fd, new Buffer(10), 0, 10, 0, function () {
          p('read');
          fs.close(fd, function () {
            fs.exists(__filename, function () {
              p('exists');
              try { fs.readFileSync(__dirname + '/no-such-file'); } catch (er) { show('readFileSync', er); }
              next();
            });
          });
        });
      });
    });
  });
});
steps.push(function () {
  var ws = fs.createWriteStream(tmp);
  ws.on('open', function () { p('write stream open'); });
  ws.end('hello', function () {
    p('write stream end callback');
    var rs = fs.createReadStream(tmp);
    rs.on('open', function () { p('read stream open'); });
    rs.on('data', function () { p('read stream data'); });
    rs.on('close', function () { fs.unlinkSync(tmp); next(); });
  });
});
steps.push(function () {
  var srv = net.createServer(function (c) {
    p('connection');
    c.on('data', function () { p('server data'); c.end('bye'); });
  });
  srv.listen(0, '127.0.0.1', function () {
    p('listening');
    var c = net.connect(srv.address().port, '127.0.0.1', function () { p('connect'); c.write('hi'); });
    c.on('end', function () { p('client end'); });
    c.on('close', function () {
      srv.close();
      var refused = net.connect(srv.address() ? 1 : 1, '127.0.0.1');
      refused.on('error', function (er) { show('refused', er); next(); });
    });
  });
});
steps.push(function () {
  var srv = http.createServer(function (req, res) {
    p('request');
    req.on('data', function () { p('request data'); });
    req.on('end', function () { res.end('ok'); });
  });
  srv.listen(0, '127.0.0.1', function () {
    var req = http.request({ port: srv.address().port, host: '127.0.0.1', method: 'POST' }, function (res) {
      p('response');
      res.on('data', function () { p('response data'); });
      res.on('end', function () { srv.close(); next(); });
    });
    req.end('body');
  });
});
steps.push(function () {
  var d = domain.create();
  d.run(function () { p('domain run'); });
  d.bind(function () { p('domain bind'); })();
  d.intercept(function () { p('domain intercept'); })(null);
  next();
});
steps.push(function () {
  require('child_process').spawn(__dirname + '/no-such-binary').on('error', function (er) { show('spawn', er); next(); });
});
steps.push(function () {
  require('child_process').exec('echo hi', function () {
    // Down to maybeClose: what called it (the child's exit, or its pipe's close) is whichever
    // came last, which a loaded machine can change.
    p('exec callback', 4);
    require('zlib').gzip('abc', function () { p('gzip callback'); next(); });
  });
});
next();
