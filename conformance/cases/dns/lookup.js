// dns.lookup: localhost through getaddrinfo, literals and empty names answered on the next
// tick, the family argument, errors, return values.
var dns = require('dns');
function errs(e) { return e && [e.message, e.code, e.errno, e.syscall, JSON.stringify(Object.keys(e))].join(' | '); }
var pending = [];
function step(name, domain, family) {
  pending.push(function (next) {
    function cb(err, address, fam) {
      console.log(name, errs(err), address, fam, arguments.length);
      next();
    }
    var ret = family === undefined ? dns.lookup(domain, cb) : dns.lookup(domain, family, cb);
    console.log(name, 'returned', Object.keys(ret));
  });
}
step('localhost', 'localhost');
step('localhost family 4', 'localhost', 4);
step('localhost family "4"', 'localhost', '4');
step('localhost family 0', 'localhost', 0);
step('localhost family null', 'localhost', null);
step('literal v4', '127.0.0.1');
step('literal v4 asked as 6', '10.1.2.3', 6);
step('literal v6', '::1');
step('literal mapped', '::ffff:1.2.3.4');
step('empty', '');
step('null', null);
step('null family 6', null, 6);
step('number', 42);
step('not a literal (zone id)', 'fe80::1%lo');
step('no such name', 'nonexistent.invalid');
step('no such name, family 4', 'nonexistent.invalid', 4);

(function run() {
  var f = pending.shift();
  if (f) f(run);
  else after();
})();

function after() {
  [5, 'x', true, 1, -4].forEach(function (family) {
    try {
      dns.lookup('localhost', family, function () {});
      console.log('family', family, 'accepted');
    } catch (e) {
      console.log('family', family, e.name, e.message);
    }
  });
  try {
    dns.lookup('1.2.3.4');
  } catch (e) {
    console.log('literal without callback:', e.name, e.message);
  }
  // An answer for a literal comes after the current tick's other work.
  var order = [];
  dns.lookup('1.2.3.4', function () { order.push('lookup'); });
  process.nextTick(function () { order.push('tick'); });
  order.push('sync');
  setTimeout(function () { console.log(order.join(' ')); }, 10);
}
