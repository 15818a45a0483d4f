// cleartext.destroy(): 'close' comes on a later tick with had_error (false, or true for
// destroy(err)), then 'end'. An https request whose 'error' handler (once) aborts it sees one
// error only: a rejected certificate, or a server that drops the connection (socket hang up).
var tls = require('tls');
var https = require('https');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var log = [];
var good = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) {
  c.on('error', function () {});
  c.resume();
  if (good.dropNext) setTimeout(function () { c.destroy(); }, 20);
});
var expired = tls.createServer({ key: r('expired-key.pem'), cert: r('expired-cert.pem') }, function (c) {
  c.on('error', function () {});
});
expired.on('clientError', function () {});
function destroyed(withErr, next) {
  var c = tls.connect({ port: good.address().port, host: '127.0.0.1', rejectUnauthorized: false }, function () {
    c.on('close', function (hadError) { log.push('close ' + hadError); });
    c.on('end', function () { log.push('end'); setTimeout(next, 20); });
    c.on('error', function (e) { log.push('error ' + e.message); });
    if (withErr) c.destroy(new Error('mine')); else c.destroy();
    log.push('after destroy ' + c.readable + ' ' + c.writable);
  });
}
function request(label, server, next) {
  var req = https.request({ port: server.address().port, host: '127.0.0.1', ca: r('ca-cert.pem'), agent: false });
  req.on('socket', function (s) {
    s.on('close', function (h) { log.push(label + ' socket close ' + h); });
    s.on('end', function () { log.push(label + ' socket end'); setTimeout(next, 20); });
  });
  req.once('error', function (e) {
    log.push(label + ' error ' + e.message);
    req.abort();
    log.push(label + ' aborted');
  });
  req.end();
}
good.listen(0, '127.0.0.1', function () {
  expired.listen(0, '127.0.0.1', function () {
    destroyed(false, function () {
      destroyed(true, function () {
        request('rejected', expired, function () {
          good.dropNext = true;
          request('dropped', good, function () {
            console.log(log.join('\n'));
            good.close();
            expired.close();
          });
        });
      });
    });
  });
});
