// send() and bind() with odd arguments, one after another: what throws, what calls back.
var dgram = require('dgram');
function show(v) { return typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? '[]' : typeof v === 'object' && v ? '{}' : typeof v === 'function' ? 'fn' : String(v); }
var steps = [];
var target;
var server = dgram.createSocket('udp4');
server.on('message', function (m, r) { console.log('  server got', JSON.stringify(m.toString()), r.size); });
server.bind(0, '127.0.0.1', function () {
  target = server.address().port;
  var s = dgram.createSocket('udp4');
  s.on('error', function (e) { console.log('  error event', e.message); });
  var buf = new Buffer('abcdef');
  [[0, 6, '127.0.0.1'], ['1', '2', '127.0.0.1'], [1.9, 2.9, '127.0.0.1'], [null, 3, '127.0.0.1'], [0, null, '127.0.0.1'], [0, 6, null],
   [0, 6, undefined], [0, 6, 2130706433], [0, 6, ''], [0, 6, {}], [0, 6, 'localhost'], [5, 1, '127.0.0.1'], [0, '6', '127.0.0.1'], [true, 2, '127.0.0.1']
  ].forEach(function (a) {
    steps.push(function (next) {
      var label = 'send ' + a.map(show).join(' ');
      var done = false;
      try {
        s.send(buf, a[0], a[1], target, a[2], function (err, bytes) {
          console.log(label, '->', err && err.message, bytes, arguments.length);
          done = true;
        });
      } catch (e) {
        console.log(label, 'throws', e.message);
        done = true;
      }
      (function wait(n) { if (done || n > 50) setTimeout(next, 20); else setTimeout(function () { wait(n + 1); }, 10); })(0);
    });
  });
  steps.push(function (next) { s.close(); next(); });
  [[0], [null], ['0'], [-1], [{}], [0, null], [0, ''], [0, '0.0.0.0'], [0, 0], [0, 'localhost'], [undefined, '127.0.0.1']].forEach(function (a) {
    steps.push(function (next) {
      var b = dgram.createSocket('udp4');
      var label = 'bind ' + a.map(show).join(' ');
      b.on('error', function (e) { console.log(label, 'error', e.message); b.close(); next(); });
      try {
        b.bind.apply(b, a.concat(function () {
          var ad = b.address();
          console.log(label, 'listening', ad.address, ad.port > 0);
          b.close();
          next();
        }));
      } catch (e) { console.log(label, 'throws', e.message); next(); }
    });
  });
  steps.push(function () { server.close(); });
  (function run() { var f = steps.shift(); if (f) f(run); })();
});
