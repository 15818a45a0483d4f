// require('dgram'): members, the Socket constructor and a fresh socket's own properties.
var dgram = require('dgram');
var util = require('util');
var events = require('events');

console.log(Object.keys(dgram));
console.log(Object.keys(dgram.Socket.prototype));
console.log(util.inspect(dgram.Socket), typeof dgram.createSocket, typeof dgram._createSocketHandle);

var s = dgram.createSocket('udp4');
console.log(s instanceof dgram.Socket, s instanceof events.EventEmitter);
console.log(Object.keys(s), s.type, s.fd, s._bindState, s._receiving, s.domain);
console.log(util.inspect(s._events));
s.close();
console.log(s._handle, s.fd);

var withListener = dgram.createSocket('udp6', function () {});
console.log(withListener.type, withListener.listeners('message').length, typeof withListener._events.message);
withListener.close();

['udp5', undefined, 'UDP4', 4].forEach(function (type) {
  try {
    dgram.createSocket(type);
    console.log('accepted', type);
  } catch (e) {
    console.log(String(type), e.name, e.message);
  }
});
try {
  new dgram.Socket('tcp');
} catch (e) {
  console.log('new Socket', e.name, e.message);
}
