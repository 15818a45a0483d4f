// Session reuse with tickets (the default): the client's session offered back; the server asks
// 'resumeSession' for the id the client sends, yet resumes from the ticket.
var tls = require('tls'), fs = require('fs'), F = 'fixtures/';
var s = tls.createServer({ key: fs.readFileSync(F + 'server-key.pem'), cert: fs.readFileSync(F + 'server-cert.pem') }, function (c) { c.end('x'); });
s.on('newSession', function () { console.log('newSession'); });
s.on('resumeSession', function (id, cb) { console.log('resumeSession'); cb(null, null); });
s.listen(0, '127.0.0.1', function () {
  var o = { port: s.address().port, rejectUnauthorized: false };
  var a = tls.connect(o, function () {
    var sess = a.getSession(); a.resume();
    a.on('close', function () {
      o.session = sess;
      var b = tls.connect(o, function () { console.log('reused', b.isSessionReused()); b.resume(); b.on('close', function () { s.close(); }); });
    });
  });
});
