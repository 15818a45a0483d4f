// net.isIP / isIPv4 / isIPv6 over addresses well-formed and not (0.10 asked the C library's
// inet_pton: leading zeros, zone ids, embedded IPv4, whitespace…).
var net = require('net');
var inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04',
  '001.2.3.4', ' 1.2.3.4', '1.2.3.4 ', '1.2.3.4\n', '0x7f.0.0.1', '::', '::1', '1::', 'fe80::1%eth0', 'fe80::1%1',
  '::ffff:127.0.0.1', '::127.0.0.1', '2001:db8::1', '2001:DB8::1', '2001:db8:0:0:0:0:2:1', '2001:db8::2::1',
  '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '::1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:',
  '12345::1', 'g::1', '[::1]', '', 'localhost', 'example.com', '1.2.3.4/24', '::ffff:1.2.3', '::ffff:256.1.1.1',
  '0:0:0:0:0:0:0:0', '1.2.3.4:80', 'ffff::ffff:ffff:ffff:ffff:ffff:ffff', ':::', '1:::2', 1, null, undefined, {}, [], '1e2.0.0.1'];
inputs.forEach(function (x) {
  var r;
  try { r = [net.isIP(x), net.isIPv4(x), net.isIPv6(x)]; } catch (e) { r = 'threw ' + e.name + ': ' + e.message; }
  console.log(JSON.stringify(x) || String(x), JSON.stringify(r));
});
