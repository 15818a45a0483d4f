// http.Agent and keep-alive: maxSockets per host:port, requests queued in agent.requests
// while the sockets are busy, a socket reused for the next queued request, and destroyed
// once nothing waits ('free'); agent.sockets emptied on close; 'agentRemove'; a custom
// Agent; agent: false; the server's view of the same connections.
var http = require('http');

var connections = 0;
var server = http.createServer(function (req, res) {
  res.setHeader('X-Conn', String(req.socket.connId));
  setTimeout(function () { res.end(req.url); }, 10);
});
server.on('connection', function (s) { s.connId = ++connections; });

function names(o) {
  var out = {};
  Object.keys(o).forEach(function (k) { out[k.replace(/:\d+$/, ':<port>')] = o[k].length; });
  return JSON.stringify(out);
}

function run(agent, n, label, done) {
  var port = server.address().port;
  var left = n, results = [];
  for (var i = 0; i < n; i++) {
    (function (i) {
      var req = http.get({ port: port, host: '127.0.0.1', path: '/' + label + i, agent: agent }, function (res) {
        var body = '';
        res.on('data', function (d) { body += d; });
        res.on('end', function () {
          results[i] = body + '@' + res.headers['x-conn'] + ' ' + res.headers.connection;
          if (--left === 0) {
            console.log(label, results.join(', '));
            setTimeout(function () {
              if (agent) console.log(label, 'after', names(agent.sockets), names(agent.requests));
              done();
            }, 20);
          }
        });
      });
      req.on('socket', function (s) {
        if (i === 0 && agent) console.log(label, 'on socket', names(agent.sockets), names(agent.requests));
      });
    })(i);
  }
  if (agent) console.log(label, 'queued', names(agent.sockets), names(agent.requests));
}

server.listen(0, '127.0.0.1', function () {
  var a1 = new http.Agent({ maxSockets: 1 });
  run(a1, 4, 'one', function () {
    var a2 = new http.Agent({ maxSockets: 2 });
    run(a2, 5, 'two', function () {
      run(http.globalAgent, 3, 'global', function () {
        run(false, 2, 'none', function () {
          // agentRemove takes a socket out of the pool.
          var a3 = new http.Agent({ maxSockets: 1 });
          var r = http.get({ port: server.address().port, host: '127.0.0.1', agent: a3 }, function (res) {
            res.resume();
            res.on('end', function () {
              console.log('removed', names(a3.sockets), names(a3.requests));
              setTimeout(function () {
                console.log('connections', connections);
                server.close();
              }, 20);
            });
          });
          r.on('socket', function (s) {
            console.log('before remove', names(a3.sockets));
            s.emit('agentRemove');
            console.log('after remove', names(a3.sockets));
          });
        });
      });
    });
  });
});
