// An uncaught RangeError/TypeError of buf.read*/buf.write*: stderr starts with the site in
// 0.10's buffer.js (checkOffset, checkInt) that threw it. The child is process.execPath.
var cp = require('child_process');
var srcs = [
  'new Buffer(2).readUInt8(5)',
  'new Buffer(2).readInt32BE(-1)',
  'new Buffer(2).writeFloatLE(1, 5)',
  'new Buffer(2).writeUInt8(300, 0)',
  'new Buffer(2).writeUInt8(1, -1)',
  'new Buffer(2).writeUInt16LE(1, 1)',
  'process.nextTick(function () { new Buffer(1).readUInt16LE(0); })'
];
function next(i) {
  if (i === srcs.length) return;
  cp.execFile(process.execPath, ['-e', srcs[i]], function (err, stdout, stderr) {
    console.log(srcs[i], err && err.code, JSON.stringify(stderr.split('\n').slice(0, 5)));
    next(i + 1);
  });
}
next(0);
