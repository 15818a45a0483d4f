// No listener: 'exit' is emitted with 1, the process exits with 8 (the trace is on stderr).
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('never'); }, 100);
setTimeout(function () {
  console.log('throwing');
  throw new Error('boom');
}, 1);
