// How plaintext arrives in 'data' events: records that are read together come out in one
// chunk (0.10 read SSL records into one buffer per read, up to about half the high-water
// mark), and the first write made in 'secureConnection' travels with the server's last
// handshake flight (so the client reads it apart from the writes after it).
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var ev = [];
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') });
server.on('secureConnection', function (c) {
  var got = 0;
  c.write('one');
  c.write('two');
  c.write('three');
  c.on('data', function (d) {
    got += d.length;
    ev.push('server data ' + (d.length > 20 ? d.length + ' bytes' : JSON.stringify(String(d))));
    if (got === 8 + 3000) c.end('bye');
  });
  c.on('end', function () { ev.push('server end'); });
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, rejectUnauthorized: false }, function () {
    c.write('hello');
    c.write('fin');
    setTimeout(function () {
      var big = new Buffer(3000);
      big.fill(97);
      c.write(big);
    }, 50);
  });
  c.setEncoding('utf8');
  c.on('data', function (d) { ev.push('client data ' + JSON.stringify(d)); });
  c.on('end', function () { ev.push('client end'); });
  c.on('close', function () { server.close(); });
});
process.on('exit', function () { console.log(ev.join('\n')); });
