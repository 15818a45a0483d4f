// Uncaught errors 0.10's crypto binding threw from C++: stderr shows crypto.js's line that called
// the binding (caret at the call), then frames without n10's handles. (0.10's own stderr lines
// from OpenSSL, "node-crypto : Unknown cipher", are not compared: the child's first five lines
// after them are.)
require('../../lib/uncaught-heads')([
  "require('crypto').createHash('nosuch')",
  "var h = require('crypto').createHash('md5'); h.digest(); h.update('x')",
  "var d = require('crypto').createDecipher('aes192', 'key'); d.update(new Buffer(16)); d.final()",
  "require('crypto').createSign('nosuch')",
  "require('crypto').createDiffieHellman('bad prime')",
  "require('crypto').getDiffieHellman('nosuchgroup')"
], null, 12);
