// pipe() to nothing (or to a non-emitter), Stream#pipe likewise, wrap() of nothing: uncaught,
// stderr shows the line of 0.10's _stream_readable.js / stream.js that called dest.on, V8
// 3.14's message and the first frames. The child is process.execPath.
var srcs = [
  "var S = require('stream'); new S.Readable().pipe(null)",
  "var S = require('stream'); new S.Readable().pipe({})",
  "var S = require('stream'); new S.PassThrough().pipe({ on: 5 })",
  "var S = require('stream'); new S().pipe(undefined)",
  "var S = require('stream'); new S().pipe({})",
  "var S = require('stream'); new S.Readable().wrap(null)",
  "var S = require('stream'); new S.Readable().wrap({})"
];
require('../../lib/uncaught-heads')(srcs, null, 7);
