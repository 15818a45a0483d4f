// Argument and state errors, thrown synchronously, with 0.10's messages.
var dgram = require('dgram');
function t(name, f) {
  try {
    var r = f();
    console.log(name, 'ok', r);
  } catch (e) {
    console.log(name, 'throws', e.name, JSON.stringify(e.message), e.code, e.errno, e.syscall);
  }
}
var s = dgram.createSocket('udp4');
var b = new Buffer('abc');
t('send string', function () { return s.send('abc', 0, 3, 9, '127.0.0.1'); });
t('send offset -1', function () { return s.send(b, -1, 1, 9, '127.0.0.1'); });
t('send offset 3', function () { return s.send(b, 3, 0, 9, '127.0.0.1'); });
t('send empty buffer', function () { return s.send(new Buffer(0), 0, 0, 9, '127.0.0.1'); });
t('send length -1', function () { return s.send(b, 0, -1, 9, '127.0.0.1'); });
t('send length 4', function () { return s.send(b, 0, 4, 9, '127.0.0.1'); });
t('send port 0', function () { return s.send(b, 0, 3, 0, '127.0.0.1'); });
t('send port 65536', function () { return s.send(b, 0, 3, 65536, '127.0.0.1'); });
t('send port -5', function () { return s.send(b, 0, 3, -5, '127.0.0.1'); });
t('sendto offset string', function () { return s.sendto(b, '0', 1, 9, '127.0.0.1'); });
t('sendto no address', function () { return s.sendto(b, 0, 1, 9); });
t('address before bind', function () { return s.address(); });
t('setTTL before bind', function () { return s.setTTL(10); });
t('setTTL string', function () { return s.setTTL('10'); });
t('setMulticastTTL before bind', function () { return s.setMulticastTTL(1); });
t('setMulticastTTL string', function () { return s.setMulticastTTL('1'); });
t('setMulticastLoopback before bind', function () { return s.setMulticastLoopback(true); });
t('setBroadcast before bind', function () { return s.setBroadcast(true); });
t('addMembership before bind', function () { return s.addMembership('224.0.0.114'); });
t('dropMembership before bind', function () { return s.dropMembership('224.0.0.114'); });
t('addMembership nothing', function () { return s.addMembership(); });
t('dropMembership empty', function () { return s.dropMembership(''); });
t('ref', function () { return s.ref(); });
t('unref', function () { return s.unref(); });
s.on('close', function () { console.log('close event'); });
t('close', function () { return s.close(); });
t('close again', function () { return s.close(); });
t('send after close', function () { return s.send(b, 0, 1, 9, '127.0.0.1'); });
t('send after close, bad offset', function () { return s.send(b, 9, 1, 9, '127.0.0.1'); });
t('bind after close', function () { return s.bind(0); });
t('address after close', function () { return s.address(); });
t('setTTL after close', function () { return s.setTTL(5); });
t('setMulticastTTL after close', function () { return s.setMulticastTTL(5); });
t('setMulticastLoopback after close', function () { return s.setMulticastLoopback(false); });
t('setBroadcast after close', function () { return s.setBroadcast(false); });
t('addMembership after close', function () { return s.addMembership('224.0.0.1'); });
t('ref after close', function () { return s.ref(); });
t('unref after close', function () { return s.unref(); });

var twice = dgram.createSocket('udp4');
twice.bind(0, '127.0.0.1');
t('bind twice', function () { return twice.bind(0); });
twice.close();
