// The listeners tls itself puts on a connection's streams (a program counts them with
// listeners()): 0.10's pair had no 'close' listener of its own on either CryptoStream.
var tls = require('tls'), fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var server = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  console.log('server side', JSON.stringify(['close','end','finish','error','data','readable','secure','drain'].map(function (e) { return e + ':' + c.listeners(e).length; })));
  c.end('x');
});
server.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: server.address().port, rejectUnauthorized: false }, function () {
    console.log('client side', JSON.stringify(['close','end','finish','error','data','readable','secureConnect','drain','secure'].map(function (e) { return e + ':' + c.listeners(e).length; })));
    console.log('pair', JSON.stringify(['secure','error'].map(function (e) { return e + ':' + c.pair.listeners(e).length; })));
    console.log('socket', JSON.stringify(['close','end','error','data','readable','timeout','drain'].map(function (e) { return e + ':' + c.socket.listeners(e).length; })));
    console.log('encrypted', JSON.stringify(['close','end','finish','error','data','readable','drain','unpipe'].map(function (e) { return e + ':' + c.pair.encrypted.listeners(e).length; })));
  });
  c.on('close', function () { console.log('close args', arguments.length, JSON.stringify(Array.prototype.slice.call(arguments))); server.close(); });
  c.resume();
});
