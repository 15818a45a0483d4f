// A CleartextStream's 'data' comes on the next tick after the plaintext was read (0.10 pushed it
// inside CleartextStream.read [as _read], so emitReadable_ ran from process._tickCallback):
// after the ticks a 'secureConnect' listener queued; a throw in a 'data' listener shows that path.
var tls = require('tls'), fs = require('fs'), F = 'fixtures/';
function frames(e) {
  return String(e.stack).split('\n').slice(1).filter(function (l) { return l.indexOf('data-next-tick.js') < 0; })
    .map(function (l) { return l.replace(/^\s+at /, '').replace(/ \(.*\)$/, ''); }).join(' | ');
}
var round = 0;
process.on('uncaughtException', function (e) {
  console.log('uncaught ' + e.message + '\n  ' + frames(e));
  if (++round === 2) process.exit(0);
});
var s = tls.createServer({ key: fs.readFileSync(F + 'server-key.pem'), cert: fs.readFileSync(F + 'server-cert.pem') }, function (c) {
  console.log('server secureConnection');
  c.on('data', function (d) { console.log('server data ' + d); throw new Error('boom in server data'); });
  c.write('hello', function () { console.log('server write cb'); });
  process.nextTick(function () { console.log('server tick'); });
});
s.listen(0, '127.0.0.1', function () {
  var c = tls.connect({ port: s.address().port, rejectUnauthorized: false }, function () {
    console.log('client secureConnect');
    c.write('y', function () { console.log('client write cb'); });
    process.nextTick(function () { console.log('client tick'); });
  });
  c.on('data', function (d) {
    console.log('client data ' + d);
    process.nextTick(function () { console.log('tick after client data'); });
    throw new Error('boom in client data');
  });
});
