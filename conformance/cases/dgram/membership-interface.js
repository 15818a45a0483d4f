// addMembership with an interface that is not an address, null, a number, empty.
var dgram = require('dgram');
var s = dgram.createSocket('udp4');
s.bind(0, function () {
  [['224.0.0.116', 'foo'], ['224.0.0.117', '1.2.3.4'], ['224.0.0.118', null], ['224.0.0.119', 5], ['224.0.0.120', '']].forEach(function (a) {
    try { console.log(a, s.addMembership(a[0], a[1])); } catch (e) { console.log(a, e.message); }
  });
  try { console.log(s.addMembership(224)); } catch (e) { console.log('num', e.message); }
  s.close();
});
