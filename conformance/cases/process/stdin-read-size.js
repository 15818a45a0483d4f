// process.stdin (a file) read(5) in 'readable' with an encoding; end and close.
var chunks = 0, total = '';
process.stdin.setEncoding('utf8');
process.stdin.on('readable', function () {
  var c;
  while ((c = process.stdin.read(5)) !== null) { chunks++; total += c; }
});
process.stdin.on('end', function () { console.log('end', chunks, JSON.stringify(total)); });
process.stdin.on('close', function () { console.log('close'); });
console.log(process.stdin.isTTY, process.stdout.isTTY, typeof process.stdin.fd, process.stdin.fd);
