// Non-string/buffer chunks written and pushed, in both modes: error events, the TypeError
// null/undefined writes throw in 0.10 (on chunk.length), what object mode accepts.
var stream = require('stream'); var util = require('util');
function L() { console.log(Array.prototype.slice.call(arguments).map(function (x) { return typeof x === 'string' ? x : util.inspect(x); }).join(' ')); }
[null, undefined, 5, {}, [], true, '', new Buffer(0)].forEach(function (v, i) {
  var w = new stream.Writable(); w._write = function (c, e, cb) { L(i, '_write', c, e); cb(); };
  w.on('error', function (e) { L(i, 'w error', e.message); });
  try { L(i, 'write ret', w.write(v, function (er) { L(i, 'cb', er && er.message); })); } catch (e) { L(i, 'write threw', e.message); }
  var r = new stream.Readable(); r._read = function () {}; r.on('error', function (e) { L(i, 'r error', e.message); });
  try { L(i, 'push ret', r.push(v)); } catch (e) { L(i, 'push threw', e.message); }
  L(i, 'state', r._readableState.length, r._readableState.ended);
});
var w2 = new stream.Writable({objectMode: true}); w2._write = function (c, e, cb) { L('obj _write', c); cb(); };
w2.write(null); w2.write(undefined); w2.write(0); w2.write(false);
var r2 = new stream.Readable({objectMode: true}); r2._read = function () {}; L(r2.push(0), r2.push(false), r2.push(''), r2.push(undefined)); L(r2._readableState.length, r2._readableState.ended);
setTimeout(function () { L('done'); }, 10);
