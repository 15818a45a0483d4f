// tty.isatty(fd) took the argument's Int32Value: 'x', null and {} are descriptor 0.
var tty = require('tty');
console.log(tty.isatty('x') === tty.isatty(0), tty.isatty(null) === tty.isatty(0), tty.isatty('2') === tty.isatty(2), tty.isatty(99), tty.isatty(1e10));
