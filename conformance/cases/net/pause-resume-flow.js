// A client pauses a fast stream (no 'data' while paused) and resumes it; every byte arrives.
var net = require('net');
var ev = [];
var N = 200, chunk = new Buffer(16384); chunk.fill(97);
var server = net.createServer(function (c) {
  var i = 0;
  function w() {
    while (i < N) { i++; if (!c.write(chunk)) { c.once('drain', w); return; } }
    c.end();
  }
  w();
});
server.listen(0, '127.0.0.1', function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var total = 0, paused = false, pauses = 0;
  c.on('data', function (d) {
    assert(!paused, 'data while paused');
    total += d.length;
    if (total > 100000 && pauses === 0) {
      pauses++; paused = true; c.pause();
      ev.push('paused isPaused? ' + (typeof c.isPaused));
      setTimeout(function () { paused = false; c.resume(); ev.push('resumed'); }, 50);
    }
  });
  c.on('end', function () { ev.push('end total=' + total); server.close(); });
});
var assert = require('assert');
process.on('exit', function () { console.log(ev.join('\n')); });
