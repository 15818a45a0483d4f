// Edge paths of net.Socket: end() and destroy() before connect, new Socket().connect, setEncoding('hex'), read() in 'readable', localAddress, unref.
var net = require('net');
var ev = [];
var server = net.createServer(function (c) {
  c.on('readable', function () { var d; while ((d = c.read()) !== null) ev.push('srv read ' + d.length + ' ' + d); });
  c.on('end', function () { ev.push('srv end'); c.end(); });
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var a = net.connect(port, '127.0.0.1');
  a.end('end-before-connect');
  a.on('close', function () { ev.push('a close');
    var b = net.connect(port, '127.0.0.1');
    b.destroy();
    b.on('connect', function () { ev.push('b connect?'); });
    b.on('close', function (h) { ev.push('b close ' + h);
      var c = new net.Socket();
      c.connect(port, '127.0.0.1', function () {
        ev.push('c connect localPort type ' + typeof c.localPort + ' ' + c.localAddress);
        c.setEncoding('hex');
        c.on('data', function (d) { ev.push('c data ' + d); });
        c.end('AB');
      });
      c.on('end', function () { ev.push('c end'); });
      c.on('close', function () { ev.push('c close');
        var d = net.connect({ port: port, host: '127.0.0.1', localAddress: '127.0.0.1' }, function () {
          ev.push('d connected via localAddress ' + d.localAddress);
          d.unref();
          server.unref(); srvSockets.forEach(function (s) { s.unref(); });
          setTimeout(function () { ev.push('ref timer fired'); }, 20);
        });
      });
    });
  });
});
var srvSockets = [];
server.on('connection', function (s) { srvSockets.push(s); s.write('hi'); });
process.on('exit', function () { console.log(ev.join('\n')); });
