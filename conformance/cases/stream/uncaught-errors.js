// Uncaught stream errors: stderr's site and first frames as 0.10's (_stream_readable.js,
// _stream_writable.js, _stream_transform.js, net.js places).
require('../../lib/uncaught-heads')([
  "var s = require('stream'); var w = new s.Writable(); w._write = function (c, e, cb) { cb(); }; w.end(); w.write('x')",
  "var s = require('stream'); var r = new s.Readable(); r._read = function () {}; r.push(null); r.push('x')",
  "var s = require('stream'); var t = new s.Transform(); t._transform = function (c, e, cb) { cb(); cb(); }; t.write('x')",
  "var s = require('stream'); var w = new s.Writable(); w.write('x')",
  "var s = require('stream'); var t = new s.Transform(); t.write('x')",
  "var s = require('stream'); var r = new s.Readable(); r._read = function () {}; r.push(5)",
  "var s = require('stream'); var w = new s.Writable(); w._write = function (c, e, cb) { cb(); }; w.write(5)",
  "var b = new Buffer(4); b.writeUInt8(300, 0)",
  "require('url').parse(5)"
], function (src) { return src.slice(-40); }, 12);
