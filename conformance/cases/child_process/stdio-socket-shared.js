// A net.Socket given as a child's stdio entry: node 0.10 gave the ChildProcess a second
// Socket over the same handle (child.stdout is not the socket passed, nor null), which took
// the connection's reads over, and the child's 'close' waited for that Socket to close.
var cp = require('child_process');
var net = require('net');
var server = net.createServer(function (sock) {
  sock.on('data', function (d) { console.log('passed socket data ' + d); });
  var child = cp.spawn('sh', ['-c', 'echo from-child'], { stdio: ['ignore', sock, 'ignore'] });
  console.log('child.stdout: ' + (child.stdout && child.stdout.constructor.name) +
    ', same as passed: ' + (child.stdout === sock) + ', stdio[1] is it: ' + (child.stdio[1] === child.stdout));
  child.stdout.on('data', function (d) { console.log('child.stdout data ' + d); });
  child.stdout.on('end', function () { console.log('child.stdout end'); });
  child.on('close', function (code) { console.log('child close ' + code); server.close(); });
}).listen(0, '127.0.0.1', function () {
  var client = net.connect(server.address().port, '127.0.0.1');
  client.on('data', function (d) {
    console.log('client data ' + JSON.stringify(String(d)));
    client.end('bye');
  });
});
