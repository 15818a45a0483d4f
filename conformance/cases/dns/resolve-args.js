// What resolve*, reverse and resolve do before asking anyone: argument errors, unknown
// types, names that cannot be put in a query (answered before the call returns).
var dns = require('dns');
function t(name, f) {
  try {
    var r = f();
    console.log(name, 'returned', typeof r);
  } catch (e) {
    console.log(name, 'throws', e.name, JSON.stringify(e.message), e.code, e.errno, e.syscall);
  }
}
t('resolve unknown type', function () { return dns.resolve('a.test', 'XX', function () {}); });
t('resolve lower-case type', function () { return dns.resolve('a.test', 'mx', function () {}); });
t('resolve type ""', function () { return dns.resolve('a.test', '', function () {}); });
t('reverse of a name', function () { return dns.reverse('localhost', function () {}); });
t('reverse of a number', function () { return dns.reverse(42, function () {}); });
t('reverse of ""', function () { return dns.reverse('', function () {}); });

['resolve4', 'resolve6', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs', 'resolveCname', 'resolveNaptr'].forEach(function (m) {
  var returned = false;
  dns[m]('a..b', function (err, res) {
    console.log(m, returned ? 'later' : 'before returning', err.message, err.code, err.errno, err.syscall, Object.keys(err), res, arguments.length);
  });
  returned = true;
});
var long = new Array(65).join('x') + '.test';
dns.resolve(long, 'MX', function (err) { console.log('resolve MX long label', err.message); });
dns.resolve('.leading', function (err) { console.log('resolve leading dot', err.message); });
