// readline.cursorTo / moveCursor / clearLine / clearScreenDown: the escape sequences written.
var readline = require('readline');
var w = [];
var out = { write: function (s) { w.push(s); } };
readline.cursorTo(out, 0);
readline.cursorTo(out, 3);
readline.cursorTo(out, 3, 4);
readline.cursorTo(out, 0, 0);
readline.cursorTo(out);
readline.cursorTo(out, '1');
try { readline.cursorTo(out, undefined, 2); } catch (e) { console.log(e.message); }
readline.moveCursor(out, 0, 0);
readline.moveCursor(out, -2, 3);
readline.moveCursor(out, 2, -3);
readline.moveCursor(out, 'x', 'y');
readline.clearLine(out, -1);
readline.clearLine(out, 1);
readline.clearLine(out, 0);
readline.clearLine(out);
readline.clearScreenDown(out);
console.log(JSON.stringify(w));
console.log(readline.cursorTo(out, 1), readline.moveCursor(out, 1, 1), readline.clearLine(out, 0), readline.clearScreenDown(out));
