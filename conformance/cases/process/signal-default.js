// A signal with no listener: its default action (SIGHUP: the process dies of it); 'exit'
// is not emitted. Removing the last listener restores the default.
process.on('exit', function () { console.log('exit: must not run'); });
process.on('SIGHUP', function () {});
process.removeAllListeners('SIGHUP');
process.on('SIGHUP', function f() { process.removeListener('SIGHUP', f); });
process.removeAllListeners('SIGHUP');
console.log('sending SIGHUP');
setTimeout(function () { process.kill(process.pid, 'SIGHUP'); }, 1);
setTimeout(function () { console.log('still alive: must not run'); }, 1000);
