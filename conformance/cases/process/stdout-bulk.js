// Writes to stdout (a pipe) are blocking: everything written before process.exit() arrives,
// write() callbacks run in order, and bufferSize stays 0 once write() has returned.
var chunk = new Array(1025).join('x') + '\n';
var sizes = [];
var called = 0;
for (var i = 0; i < 2000; i++) {
  process.stdout.write(chunk, function () { called++; });
  if (i % 500 === 0) sizes.push(process.stdout.bufferSize);
}
var big = new Buffer(3 * 1024 * 1024);
big.fill(121);
var ret = process.stdout.write(big);
process.stdout.write('\nret ' + ret + ' sizes ' + sizes.join(',') + ' ' + process.stdout._writableState.length + '\n');
process.nextTick(function () {
  process.stdout.write('callbacks ' + called + '\n');
  process.exit(0);
});
