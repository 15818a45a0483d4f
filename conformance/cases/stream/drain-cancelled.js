// 0.10.19 decides needDrain afresh at every write(): once write() returned false, a later
// write that fits under the mark (after some writes completed) cancels the owed 'drain',
// which is then never emitted.
var stream = require('stream');
var w = new stream.Writable({ highWaterMark: 3, objectMode: true });
var cbs = [];
w._write = function (c, e, cb) { cbs.push(cb); };
w.on('drain', function () { console.log('drain (not in 0.10.19)'); });
console.log('writes', w.write(1), w.write(2), w.write(3), 'needDrain', w._writableState.needDrain);
cbs.shift()();
cbs.shift()();
console.log('length', w._writableState.length, 'needDrain', w._writableState.needDrain);
console.log('write 4 ->', w.write(4), 'needDrain', w._writableState.needDrain);
setImmediate(function () {
  while (cbs.length) cbs.shift()();
  setImmediate(function () {
    while (cbs.length) cbs.shift()();
    console.log('all written; length', w._writableState.length);
    w.end(function () { console.log('finished'); });
  });
});
