// A server whose connections were sent to a child (child.send('socket', c)): _setupSlave is
// 0.10's hook, getConnections() counts the child's sockets, close() waits for the child.
var net = require('net'), cp = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', function (m, socket) {
    if (m === 'socket') {
      socket.on('data', function (d) { socket.write('child:' + d); });
      socket.on('end', function () { process.send('child socket end'); });
    }
  });
  return;
}
console.log(typeof net.Server.prototype._setupSlave);
var child = cp.fork(__filename, ['child']);
child.on('message', function (m) { console.log('parent got', m); });
var srv = net.createServer(function (c) {
  child.send('socket', c);
});
srv.listen(0, '127.0.0.1', function () {
  var c = net.connect(srv.address().port, '127.0.0.1', function () { c.write('hi'); });
  c.on('data', function (d) {
    console.log('client data', String(d));
    console.log('usingSlaves', srv._usingSlaves, srv._slaves.length, srv._connections, srv.connections);
    srv.getConnections(function (err, n) {
      console.log('getConnections', err, n);
      srv.close(function () { console.log('server closed'); child.kill(); });
      console.log('after close _connections', srv._connections);
      setTimeout(function () { c.end(); }, 100);
    });
  });
});
