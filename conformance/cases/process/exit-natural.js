// The loop ends: 'exit' with code 0, once; timers and ticks made in 'exit' never run.
process.on('exit', function (code) {
  console.log('exit', code, process._exiting);
  setTimeout(function () { console.log('timer in exit: must not run'); }, 0);
  process.nextTick(function () { console.log('tick in exit: must not run'); });
});
process.on('exit', function () { console.log('second exit listener'); });
setTimeout(function () { console.log('last timer'); }, 5);
