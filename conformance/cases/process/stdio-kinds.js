// process.stdout/stderr/stdin as 0.10 picks them: here (the harness) stdout and stderr are
// pipes (net.Socket over a Pipe), stdin a file (fs.ReadStream).
function describe(s) {
  return [s.constructor.name, s._type, s.fd, Boolean(s.isTTY), s.readable, s.writable, s._isStdio].join(' ');
}
console.log(describe(process.stdout));
console.log(describe(process.stderr));
console.log(process.stdin.constructor.name, process.stdin.fd, process.stdout === process.stdout);
console.log(process.stdout._handle.constructor.name, process.stdout._handle.fd);
console.log(Object.keys(process.stdout));
process.stdout.on('error', function (e) { console.log('error event:', e.message); });
process.stdout.destroy();
process.stdout.end();
console.log('still writable', process.stdout.write('x\n'));
