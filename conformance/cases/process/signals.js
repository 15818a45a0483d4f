// Signal events: a program that signals itself. A listener replaces the default action;
// removing the last listener restores it. Signal handles do not keep the process alive.
var got = [];
function onUsr2() { got.push('SIGUSR2'); }
process.on('SIGUSR2', onUsr2);
process.once('SIGHUP', function () { got.push('SIGHUP once'); });
process.on('SIGINT', function () { got.push('SIGINT'); });
process.on('SIGTERM', function () {
  got.push('SIGTERM');
  console.log(got.join('\n'));
  process.removeListener('SIGUSR2', onUsr2);
  console.log('listeners', process.listeners('SIGUSR2').length, process.listeners('SIGHUP').length);
  process.exit(0);
});
console.log(process.kill(process.pid, 'SIGUSR2'));
setTimeout(function () {
  process.kill(process.pid, 'SIGHUP');
  setTimeout(function () {
    process.kill(process.pid, 'SIGINT');
    setTimeout(function () { process.kill(process.pid); }, 20);
  }, 20);
}, 20);
setTimeout(function () { console.log('timeout: the signal was lost'); }, 2000);
