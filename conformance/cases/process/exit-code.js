// process.exit(code): 'exit' gets the code; nothing after it runs; the exit code is kept.
process.on('exit', function (code) { console.log('exit event', code); });
setTimeout(function () {
  console.log('exiting');
  process.exit(3);
  console.log('after exit: must not run');
}, 1);
setTimeout(function () { console.log('later timer: must not run'); }, 50);
