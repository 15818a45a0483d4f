// spawn ENOENT with stdout/stderr nobody reads: 'error', each pipe's end and close, then the child's 'close' -1.
var spawn = require('child_process').spawn;
var k = spawn('nonexistent-cmd-xyz');
k.on('error', function (e) { console.log('enoent ' + e.code + ' ' + e.errno + ' ' + e.syscall + ' ' + e.message); });
k.on('exit', function (c, s) { console.log('enoent exit ' + c + ' ' + s); });
k.on('close', function (c, s) { console.log('enoent close ' + c + ' ' + s); });
k.stdout.on('end', function () { console.log('stdout end'); });
k.stderr.on('end', function () { console.log('stderr end'); });
k.stdout.on('close', function () { console.log('stdout close'); });
k.stderr.on('close', function () { console.log('stderr close'); });
