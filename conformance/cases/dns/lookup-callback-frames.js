// dns.lookup's callback is called through 0.10's makeAsync wrapper: the frames under it are
// asyncCallback, then onanswer (a name asked of the system) or the tick queue (an IP literal).
var dns = require('dns');

function frames() {
  return new Error().stack.split('\n').slice(2, 4).map(function (l) {
    return l.replace(/^\s*at /, '').replace(/ \(.*\)$/, '').replace(/^\S*\.js:\d+:\d+$/, '(file)');
  });
}

dns.lookup('localhost', function (err, address, family) {
  console.log('localhost', err, arguments.length, frames());
  dns.lookup('nonexistent.invalid', function (err) {
    console.log('error', err.code, arguments.length, frames());
    dns.lookup('127.0.0.1', function (err, address, family) {
      console.log('literal', address, family, arguments.length, frames());
    });
  });
});
