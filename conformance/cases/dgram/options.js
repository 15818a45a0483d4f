// Socket options on a bound socket: return values and range errors.
var dgram = require('dgram');
function t(name, f) {
  try {
    var r = f();
    console.log(name, 'ok', r);
  } catch (e) {
    console.log(name, 'throws', e.name, JSON.stringify(e.message), e.code);
  }
}
var s = dgram.createSocket('udp4');
s.bind(0, function () {
  t('setTTL 10', function () { return s.setTTL(10); });
  t('setTTL 255', function () { return s.setTTL(255); });
  t('setTTL 0', function () { return s.setTTL(0); });
  t('setTTL 256', function () { return s.setTTL(256); });
  t('setMulticastTTL 0', function () { return s.setMulticastTTL(0); });
  t('setMulticastTTL 64', function () { return s.setMulticastTTL(64); });
  t('setMulticastTTL 300', function () { return s.setMulticastTTL(300); });
  t('setMulticastLoopback true', function () { return s.setMulticastLoopback(true); });
  t('setMulticastLoopback 0', function () { return s.setMulticastLoopback(0); });
  t('setMulticastLoopback "x"', function () { return s.setMulticastLoopback('x'); });
  t('setBroadcast true', function () { return s.setBroadcast(true); });
  t('setBroadcast false', function () { return s.setBroadcast(false); });
  t('addMembership', function () { return s.addMembership('224.0.0.114'); });
  t('addMembership again', function () { return s.addMembership('224.0.0.114'); });
  t('addMembership with interface', function () { return s.addMembership('224.0.0.115', '127.0.0.1'); });
  t('dropMembership', function () { return s.dropMembership('224.0.0.114'); });
  t('dropMembership again', function () { return s.dropMembership('224.0.0.114'); });
  t('addMembership unicast', function () { return s.addMembership('1.2.3.4'); });
  t('addMembership name', function () { return s.addMembership('foo'); });
  t('address', function () { var a = s.address(); return [a.address, a.family, typeof a.port].join(' '); });
  s.close();
});
