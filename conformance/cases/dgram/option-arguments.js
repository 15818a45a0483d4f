// Each setter and query with odd arguments on an unbound, a bound and a closed socket.
var dgram = require('dgram');
var values = [undefined, null, true, false, 0, 1, -1, 1.5, 255, 256, NaN, '', '1', 'x', {}, [], '224.0.0.200', '127.0.0.1'];
function show(v) { return typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? '[]' : typeof v === 'object' && v ? '{}' : String(v); }
function probe(s, label) {
  ['setTTL', 'setMulticastTTL', 'setMulticastLoopback', 'setBroadcast', 'addMembership', 'dropMembership'].forEach(function (m) {
    var row = [];
    values.forEach(function (v) {
      try { row.push(show(v) + '=' + show(s[m](v))); } catch (e) { row.push(show(v) + '!' + (e.code || e.message)); }
    });
    console.log(label, m, row.join(' '));
  });
}
var a = dgram.createSocket('udp4');
probe(a, 'unbound');
a.bind(0, '127.0.0.1', function () {
  probe(a, 'bound');
  a.close();
  probe(a, 'closed');
});
