// An uncaught error of punycode on bad input: stderr starts with the site in 0.10's punycode.js
// that threw it. The child is process.execPath.
var srcs = [
  "require(\"punycode\").decode(\"\\u0080\")",
  "require(\"punycode\").toUnicode(\"xn--\\u0080\")"
];
require('../../lib/uncaught-heads')(srcs);
