// tty.isatty(fd): false for the harness's pipe (stdout, stderr) and file (stdin); false for
// descriptors that are not open.
var tty = require('tty');
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(100), tty.isatty(12345));
console.log(Boolean(process.stdin.isTTY), Boolean(process.stdout.isTTY), Boolean(process.stderr.isTTY));
