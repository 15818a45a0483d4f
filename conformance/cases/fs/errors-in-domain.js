// A failed fs request made inside a domain: its callback runs in the domain with 0.10's async
// error ("EISDIR, read": code and syscall), through fs.read, fs.readFile and d.intercept().
var domain = require('domain');
var fs = require('fs');
var d = domain.create();
var seen = [];
d.on('error', function (e) { seen.push('domain error: ' + e.message + ' ' + Object.keys(e).join()); done(); });
var left = 3;
function done() { if (--left === 0) console.log(seen.sort().join('\n')); }
d.run(function () {
  var fd = fs.openSync(__dirname, 'r');
  fs.read(fd, new Buffer(8), 0, 8, null, function (e) { seen.push('read: ' + e.message + ' ' + Object.keys(e).join() + ' ' + (process.domain === d)); fs.closeSync(fd); done(); });
  fs.readFile(__dirname, function (e) { seen.push('readFile: ' + e.message + ' ' + e.code + ' ' + e.errno); done(); });
  fs.readFile(__dirname, d.intercept(function () { seen.push('never'); }));
});
