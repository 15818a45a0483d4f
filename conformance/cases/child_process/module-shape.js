// The module's members, a ChildProcess's own properties and prototype (with and without an
// IPC channel), and the names of things.
var cp = require('child_process');
var util = require('util');
console.log(Object.keys(cp));
console.log(typeof cp.spawn, typeof cp.exec, typeof cp.execFile, typeof cp.fork, typeof cp._forkChild);
var c = cp.spawn('true');
console.log(Object.keys(c));
console.log(Object.keys(Object.getPrototypeOf(c)), c.constructor.name);
console.log(c instanceof require('events').EventEmitter);
console.log(c.connected, c.exitCode, c.signalCode, c.killed, typeof c.pid);
console.log(c.stdio.length, c.stdio[0] === c.stdin, c.stdio[1] === c.stdout, c.stdio[2] === c.stderr);
console.log(c.stdin.constructor.name, c.stdin.writable, c.stdin.readable, c.stdout.readable, c.stdout.writable);
c.on('close', function (code, signal) {
  console.log('close', code, signal, c._handle);
  var f = cp.fork(__dirname + '/fixtures/quiet.js', [], {silent: true});
  console.log(Object.keys(f));
  console.log(f.connected, typeof f.send, typeof f.disconnect, f._handleQueue, f.stdio.length, f.stdio[3]);
  f.on('exit', function (code) { console.log('fork exit', code, f.connected); });
});
