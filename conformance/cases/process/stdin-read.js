// process.stdin: paused until read; 'data' with setEncoding; 'end'.
var chunks = [];
process.stdin.setEncoding('utf8');
console.log('paused', process.stdin._readableState.flowing);
setTimeout(function () {
  process.stdin.on('data', function (d) { chunks.push(d); });
  process.stdin.on('end', function () { console.log('end', JSON.stringify(chunks.join(''))); });
}, 20);
