// runtime-only: the fs.js frames under a 'stop' listener are placed by the runtime
// fs.unwatchFile: the StatWatcher's handle has onchange and onstop; onstop emits 'stop' (its
// ticks run before unwatchFile returns), from StatWatcher#stop, from fs.unwatchFile.
var fs = require('fs');
var util = require('util');
var w = fs.watchFile(__filename, { persistent: false }, function () {});
console.log(util.inspect(w._handle), Object.keys(w._handle));
w.on('stop', function () {
  console.log('stop');
  console.log(new Error('s').stack.split('\n').slice(2, 6).join('\n'));
  process.nextTick(function () { console.log('tick after stop'); });
});
fs.unwatchFile(__filename);
console.log('after unwatchFile');
