// tty.setRawMode(mode) (deprecated; the warning goes to stderr) on a stdin that is not a
// terminal throws.
var tty = require('tty');
try {
  tty.setRawMode(true);
} catch (e) {
  console.log(String(e));
}
console.log(typeof process.stdin.setRawMode);
