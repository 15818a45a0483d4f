// setHeader/removeHeader after headers are sent, bad setHeader/getHeader/write arguments, a body until EOF, ECONNREFUSED and ENOTFOUND messages.
var http = require('http'), net = require('net');
var ev = [];
var server = http.createServer(function (req, res) {
  if (req.url === '/after') {
    res.write('x');
    try { res.setHeader('X-Late', '1'); } catch (e) { ev.push('setHeader after: ' + e.message); }

    try { res.removeHeader('X'); } catch (e) { ev.push('removeHeader after: ' + e.message); }
    ev.push('getHeader after: ' + res.getHeader('content-type'));
    res.end();
    try { res.write('more'); ev.push('write after end ok'); } catch (e) { ev.push('write after end: ' + e.message); }
    res.end('again');
    return;
  }
  if (req.url === '/badheader') {
    try { res.setHeader(); } catch (e) { ev.push('setHeader(): ' + e.message); }
    try { res.setHeader('X'); } catch (e) { ev.push('setHeader(X): ' + e.message); }
    try { res.getHeader(); } catch (e) { ev.push('getHeader(): ' + e.message); }
    try { res.write(); } catch (e) { ev.push('write(): ' + e.message); }
    try { res.write(5); } catch (e) { ev.push('write(5): ' + e.message); }
    res.end();
    return;
  }
  if (req.url === '/eof') {
    res.useChunkedEncodingByDefault = false;
    res.shouldKeepAlive = false;
    res.write('until-eof');
    res.end();
    return;
  }
  res.end();
});
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var paths = ['/after', '/badheader', '/eof'];
  (function next() {
    var p = paths.shift();
    if (!p) {
      var r = http.get({ port: 1, host: '127.0.0.1' });
      r.on('error', function (e) { ev.push('refused: ' + e.message + ' ' + e.code + ' ' + e.syscall);
        var r2 = http.get({ host: 'no-such-host.invalid', port: 80 });
        r2.on('error', function (e) { ev.push('notfound: ' + e.message + ' ' + e.code); server.close(); });
      });
      return;
    }
    http.get({ port: port, host: '127.0.0.1', path: p }, function (res) {
      var b = '';
      res.on('data', function (d) { b += d; });
      res.on('end', function () { ev.push(p + ' status ' + res.statusCode + ' body ' + JSON.stringify(b) + ' te=' + res.headers['transfer-encoding'] + ' conn=' + res.headers.connection); next(); });
    });
  })();
});
process.on('exit', function () { console.log(ev.join('\n')); });
