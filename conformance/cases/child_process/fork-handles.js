// send(message, sendHandle): a net.Server (the child accepts on it) and a connection (the
// child answers it; the parent's socket lets go of its handle); handles that cannot be sent.
var cp = require('child_process');
var net = require('net');
var child = cp.fork(__dirname + '/fixtures/child.js', ['echo'], {silent: true});
var server = net.createServer();
child.on('message', function (m) {
  console.log('message', JSON.stringify(m));
  if (m === 'ready') {
    try { child.send('x', {}); } catch (e) { console.log(e.constructor.name, e.message); }
    try { child.send(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
    server.listen(0, '127.0.0.1', function () { child.send('server', server); });
  } else if (String(m).indexOf('server ok') === 0) {
    var port = server.address().port;
    server.close(function () { console.log('parent server closed'); });
    net.connect(port, '127.0.0.1').on('data', function (d) {
      console.log('client:', String(d).trim());
      var s2 = net.createServer(function (s) {
        child.send('socket', s);
        console.log('after send', s._handle, s.destroyed);
        s2.close();
      });
      s2.listen(0, '127.0.0.1', function () {
        net.connect(s2.address().port, '127.0.0.1').on('data', function (d2) {
          console.log('client:', String(d2).trim());
          child.send('exit');
        });
      });
    });
  }
});
child.on('exit', function (code) { console.log('exit', code); });
