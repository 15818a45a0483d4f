// A signal listener alone does not keep the process alive.
process.on('SIGUSR2', function () { console.log('never'); });
process.on('exit', function (code) { console.log('exit', code); });
console.log('listening');
