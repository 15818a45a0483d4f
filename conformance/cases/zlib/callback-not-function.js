// zlib's convenience methods call the callback where 0.10's zlib.js did: one that is not a
// function (none given, or 0.11's options argument in its place) throws V8 3.14's TypeError
// from the stream's 'end' or 'error' listener (onEnd / onError).
var zlib = require('zlib');
var steps = [
  function () { zlib.inflate(new Buffer('bad data')); },
  function () { zlib.deflate(new Buffer('abc'), { level: 1 }, function () { console.log('never'); }); },
  function () { zlib.gunzip(new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex'), 'x'); }
];
process.on('uncaughtException', function (e) {
  console.log(e.name + ': ' + e.message + ' | ' + e.stack.split('\n')[1].replace(/^\s+at /, '').replace(/ \(.*\)$/, ''));
  next();
});
function next() { var f = steps.shift(); if (f) f(); }
next();
