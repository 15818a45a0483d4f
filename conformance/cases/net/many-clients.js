// 50 clients at once, 100 kB each, echoed through pipe().
var net = require('net');
var N = 50, done = 0, total = 0;
var server = net.createServer(function (c) { c.pipe(c); });
server.listen(0, function () {
  var port = server.address().port;
  for (var i = 0; i < N; i++) (function (i) {
    var c = net.connect(port);
    var got = 0;
    var payload = new Buffer(100000); payload.fill(i % 256);
    c.on('data', function (d) { got += d.length; if (got === payload.length) c.end(); });
    c.on('close', function () { total += got; if (++done === N) { console.log('all done', total); server.close(); } });
    c.write(payload);
  })(i);
});
