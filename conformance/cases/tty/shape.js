// require('tty'): isatty and the two stream classes (net.Sockets), as 0.10 had them.
var tty = require('tty');
var net = require('net');
console.log(Object.keys(tty), typeof tty.isatty, typeof tty.setRawMode);
console.log(tty.ReadStream.super_ === net.Socket, tty.WriteStream.super_ === net.Socket);
console.log(Object.keys(tty.ReadStream.prototype), Object.keys(tty.WriteStream.prototype));
console.log(tty.WriteStream.prototype.isTTY, tty.ReadStream.name, tty.WriteStream.name);
