// process.exit() inside 'exit' does not emit 'exit' again; its code wins.
var count = 0;
process.on('exit', function (code) {
  count++;
  console.log('exit', code, count);
  if (count === 1) process.exit(5);
});
process.exit(2);
