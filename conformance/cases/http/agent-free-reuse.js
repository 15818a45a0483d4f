// An Agent with maxSockets 1: queued requests, 'free' events, socket reuse and a new connection after Connection: close.
var http = require('http');
var ev = [];
var n = 0;
var server = http.createServer(function (req, res) {
  n++;
  if (req.url === '/close') res.setHeader('Connection', 'close');
  res.end(req.url);
});
var agent = new http.Agent({ maxSockets: 1 });
agent.on('free', function (sock, host, port) { ev.push('free ' + host + ' ' + (typeof port)); });
server.on('connection', function () { ev.push('server connection'); });
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  var paths = ['/a', '/b', '/close', '/c', '/d'];
  var done = 0;
  paths.forEach(function (p) {
    var req = http.get({ port: port, host: '127.0.0.1', path: p, agent: agent }, function (res) {
      res.setEncoding('utf8');
      var b = '';
      res.on('data', function (d) { b += d; });
      res.on('end', function () {
        ev.push('done ' + b + ' conn=' + res.headers.connection + ' pending=' + (agent.requests[Object.keys(agent.requests)[0]] || []).length + ' sockets=' + Object.keys(agent.sockets).map(function (k) { return agent.sockets[k].length; }));
        if (++done === paths.length) setTimeout(function () {
          ev.push('after: sockets ' + JSON.stringify(Object.keys(agent.sockets).length) + ' requests ' + JSON.stringify(agent.requests));
          server.close();
        }, 20);
      });
    });
    req.on('socket', function (s) { ev.push('socket for ' + p + ' ' + (s.constructor.name)); });
  });
  ev.push('globalAgent maxSockets ' + http.globalAgent.maxSockets + ' ' + http.Agent.defaultMaxSockets);
});
process.on('exit', function () { console.log(ev.join('\n')); });
