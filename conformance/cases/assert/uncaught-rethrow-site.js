// An error that assert.doesNotThrow / assert.throws / assert.ifError rethrew and nobody
// caught: stderr starts with 0.10's assert.js site (308, 324). The child is process.execPath.
var srcs = [
  "require('assert').doesNotThrow(function () { throw new Error('x'); })",
  "require('assert').throws(function () { throw new Error('x'); }, TypeError)",
  "require('assert').ifError(new Error('iferr'))",
  "setTimeout(function () { require('assert').ifError(new Error('later')); }, 1)"
];
require('../../lib/uncaught-heads')(srcs);
