// tls.connect's argument shapes as 0.10 read them: the options are the second argument if it is
// of type 'object', else the third (port, undefined, options keeps them; a null host does not);
// a string port that is not a number is a pipe path.
var tls = require('tls');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var pipePath = '/tmp/n10-conformance-tls-connect-args-' + process.pid + '.sock';
try { fs.unlinkSync(pipePath); } catch (e) {}
var s = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) { c.end('hi'); });
var ps = tls.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (c) { c.end('over the pipe'); });
s.listen(0, '127.0.0.1', function () {
  ps.listen(pipePath, function () {
    var p = s.address().port;
    var shapes = [
      ['port, undefined, options, cb', function (cb) { return tls.connect(p, undefined, { rejectUnauthorized: false }, cb); }],
      ['port, null, options, cb', function (cb) { return tls.connect(p, null, { rejectUnauthorized: false }, cb); }],
      ['port, options, cb', function (cb) { return tls.connect(p, { rejectUnauthorized: false, host: '127.0.0.1' }, cb); }],
      ['String(port), host, options, cb', function (cb) { return tls.connect(String(p), '127.0.0.1', { rejectUnauthorized: false }, cb); }],
      ['options, options2, cb', function (cb) { return tls.connect({ port: p }, { rejectUnauthorized: false }, cb); }],
      ['port, 5, options, cb', function (cb) { return tls.connect(p, 5, { rejectUnauthorized: false }, cb); }],
      ['path, options, cb', function (cb) { return tls.connect(pipePath, { rejectUnauthorized: false }, cb); }],
      ['options with path, cb', function (cb) { return tls.connect({ path: pipePath, rejectUnauthorized: false }, cb); }]
    ];
    (function next() {
      var sh = shapes.shift();
      if (!sh) { s.close(); ps.close(); return; }
      var got = '';
      var failed = false;
      var c = sh[1](function () { console.log(sh[0], 'secure', c.authorized); });
      c.setEncoding('utf8');
      c.on('data', function (d) { got += d; });
      c.on('error', function (e) { failed = true; console.log(sh[0], 'error', e.message); });
      c.on('end', function () {
        if (!failed) console.log('  got', JSON.stringify(got));
        next();
      });
    })();
  });
});
