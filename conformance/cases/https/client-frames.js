// runtime-only: library frames under the program's listeners are placed by the runtime.
// An https client's 'response' and response 'data' listeners ran under http's socketOnData
// [as ondata] (http.js:1584:20), called from CleartextStream.read [as _read] as 0.10 did.
var https = require('https'), fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
var runs = ['response', 'data'];
var server = https.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') }, function (req, res) {
  res.end('hello');
});
process.on('uncaughtException', function (e) {
  console.log(e.stack.split(__dirname).join('.'));
  next();
});
function next() {
  var which = runs.shift();
  if (!which) { server.close(); return; }
  var req = https.request({ port: server.address().port, host: '127.0.0.1', agent: false, rejectUnauthorized: false }, function (res) {
    if (which === 'response') throw new Error('in a response listener');
    res.on('data', function () { throw new Error('in a data listener'); });
  });
  req.on('error', function () {});
  req.end();
}
server.listen(0, '127.0.0.1', next);
