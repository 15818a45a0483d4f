// An uncaught Error for a bad option: stderr starts with the line of 0.10's zlib.js that threw
// it, a caret under its `new`. The child is process.execPath.
var srcs = [
  'require("zlib").createInflateRaw({ chunkSize: 16 })',
  'require("zlib").createGzip({ windowBits: 7 })',
  'require("zlib").createGzip({ level: 10 })',
  'require("zlib").createDeflate({ memLevel: 10 })',
  'require("zlib").createGunzip({ strategy: 9 })',
  'require("zlib").createGzip({ flush: 9 })',
  'require("zlib").createUnzip({ dictionary: "x" })',
  'new (require("zlib").Gzip)({ chunkSize: 10 })'
];
require('../../lib/uncaught-heads')(srcs, null, 6);
