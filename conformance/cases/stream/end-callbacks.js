// end() with a chunk and a callback: the callback is a 'finish' listener (after listeners
// added before end(), before ones added after), or a next-tick call when already finished.
// A second end() is ignored; write() after end() is an error; finish timing with pending
// async writes.
var stream = require('stream');

var w = new stream.Writable();
w._write = function (c, e, cb) {
  console.log('_write', String(c), e);
  setTimeout(cb, 1);
};
w.on('finish', function () { console.log('finish listener 1'); });
w.write('a', function () { console.log('write a cb'); });
w.end('b', 'utf8', function () { console.log('end cb'); });
w.on('finish', function () { console.log('finish listener 2'); });
w.end(function () { console.log('second end cb (never)'); });
console.log('ending', w._writableState.ending, 'ended', w._writableState.ended, 'finished', w._writableState.finished);
w.on('error', function (e) { console.log('error', e.message); });
console.log('write after end ->', w.write('c', function (e) { console.log('write c cb', e && e.message); }));

var w2 = new stream.Writable();
w2._write = function (c, e, cb) { cb(); };
w2.on('finish', function () { console.log('w2 finish (sync in end)'); });
w2.end(function () { console.log('w2 end cb'); });
console.log('after w2.end');

var w3 = new stream.Writable({ decodeStrings: false });
w3._write = function (c, e, cb) { console.log('w3 _write', typeof c, c, e); cb(); };
w3.end('6869', 'hex', function () { console.log('w3 end cb'); });
console.log('after w3.end');
w3.end(function () { console.log('w3 second end cb (never)'); });
process.nextTick(function () { console.log('tick'); });

var w4 = new stream.Writable();
w4._write = function (c, e, cb) { console.log('w4 _write', c); cb(); };
w4.end(null, function () { console.log('w4 end cb'); });
w4.end(undefined);
