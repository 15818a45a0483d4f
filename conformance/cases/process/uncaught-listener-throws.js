// A listener that throws: exit code 7.
process.on('uncaughtException', function (e) {
  console.log('listener got', e.message);
  throw new Error('again');
});
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { throw new Error('first'); }, 1);
