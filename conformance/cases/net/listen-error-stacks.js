// listen() failing (EADDRINUSE) in each of Server#listen's forms: the 'error' event's stack shows
// 0.10's lines (the form's own call of listen(), _listen2 where the handle could not be made or
// could not listen). Then an exec callback's error, made in child_process.js's exithandler.
var net = require('net');
var path = require('path').join(require('os').tmpdir(), 'n10-listen-' + process.pid + '.sock');
function show(e) { console.log(e.stack.split('\n').slice(0, 5).join('\n')); }
var a = net.createServer().listen(path, function () {
  net.createServer().listen(path).on('error', function (e) {
    show(e);
    a.close();
    var c = net.createServer().listen(0, '127.0.0.1', function () {
      var port = this.address().port;
      net.createServer().listen(port, '127.0.0.1').on('error', function (e) {
        show(e);
        var d = net.createServer().listen(port).on('error', function (e) {
          show(e);
          c.close();
          require('child_process').exec('exit 3', function (e) { show(e); });
        });
      });
    });
  });
});
