// One source piped to several destinations: every chunk goes to all of them; the flow
// waits until each destination that returned false has drained; one finishing early is
// unpiped; { end: false } keeps a destination open.
var stream = require('stream');

var src = new stream.Readable({ highWaterMark: 2 });
var n = 0;
src._read = function (size) {
  n++;
  console.log('src _read', size, n);
  this.push(n <= 6 ? 'c' + n : null);
};

// A write completes after `turns` turns of the event loop (setImmediate), 0: at once.
function later(turns, fn) {
  if (turns === 0) return fn();
  setImmediate(function () { later(turns - 1, fn); });
}
function dest(name, hwm, turns) {
  var w = new stream.Writable({ highWaterMark: hwm });
  w._write = function (c, e, cb) {
    console.log(name, 'write', String(c));
    if (turns) later(turns, cb); else cb();
  };
  w.on('drain', function () { console.log(name, 'drain'); });
  w.on('finish', function () { console.log(name, 'finish'); });
  w.on('unpipe', function () { console.log(name, 'unpipe'); });
  return w;
}

var fast = dest('fast', 100, 0);
var slow = dest('slow', 2, 1);
var slower = dest('slower', 2, 3);
var keep = dest('keep', 100, 0);
src.pipe(fast);
src.pipe(slow);
src.pipe(slower);
src.pipe(keep, { end: false });
console.log('pipesCount', src._readableState.pipesCount);
src.on('data', function (c) { console.log('data', String(c), 'awaitDrain', src._readableState.awaitDrain); });
src.on('end', function () {
  console.log('end; keep ended?', keep._writableState.ended);
  later(10, function () {
    keep.end('bye');
  });
});
