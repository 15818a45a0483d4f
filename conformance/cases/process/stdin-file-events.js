// process.stdin from a regular file (this case's .stdin) is an fs.ReadStream: paused-mode
// reads with 'readable', then 'end', then 'close' (0.10 closes the descriptor after EOF).
var L = [];
process.stdin.setEncoding('utf8');
console.log(process.stdin.constructor.name, process.stdin.fd);
process.stdin.on('readable', function () {
  var c;
  while ((c = process.stdin.read()) !== null) L.push('chunk:' + JSON.stringify(c));
  L.push('readable');
});
process.stdin.on('end', function () { L.push('end'); });
process.stdin.on('close', function () { L.push('close'); });
process.on('exit', function () { console.log(L.join('\n')); });
