// runtime-only: the fs.js frames under a WriteStream write's callback are placed by the runtime
// A WriteStream write that fails (a read-only fd): its callback is called from fs.js, as 0.10's
// _write called back (only fs.js frames printed).
var fs = require('fs');
var fd = fs.openSync(__filename, 'r');
var w = fs.createWriteStream(null, { fd: fd });
w.on('error', function (e) { console.log('error', e.code); });
w.write('x', function (e) {
  console.log('write callback', e && e.code);
  console.log(new Error().stack.split('\n').filter(function (l) { return /\(?fs\.js:/.test(l); }).join('\n'));
});
