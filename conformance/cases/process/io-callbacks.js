// I/O callbacks and the tick queue: ticks made in an I/O callback run before the next
// callback; 'end' comes before 'close'; a write callback after its data is out.
var net = require('net');
var out = [];
var server = net.createServer(function (s) {
  s.on('data', function (d) {
    out.push('server data ' + d);
    process.nextTick(function () { out.push('tick after server data'); });
    s.end('pong', function () { out.push('server write done'); });
  });
  s.on('end', function () { out.push('server end'); });
  s.on('close', function () {
    out.push('server socket close');
    server.close(function () {
      out.push('server close');
      console.log(out.join('\n'));
    });
  });
});
server.listen(0, '127.0.0.1', function () {
  out.push('listening');
  process.nextTick(function () { out.push('tick after listening'); });
  var c = net.connect(server.address().port, '127.0.0.1', function () {
    out.push('client connect');
    c.write('ping', function () { out.push('client write done'); });
  });
  c.setEncoding('utf8');
  c.on('data', function (d) {
    out.push('client data ' + d);
    process.nextTick(function () { out.push('tick after client data'); });
  });
  c.on('end', function () { out.push('client end'); });
  c.on('close', function (hadError) { out.push('client close ' + hadError); });
});
