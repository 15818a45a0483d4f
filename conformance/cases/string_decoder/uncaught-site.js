// An uncaught error of string_decoder on bad input: stderr starts with the site in 0.10's string_decoder.js
// that threw it. The child is process.execPath.
var srcs = [
  "new (require(\"string_decoder\").StringDecoder)(\"bogus\")"
];
require('../../lib/uncaught-heads')(srcs);
