// The error a Writable emits for a chunk that is not a string or Buffer is made in a function
// named validChunk, as 0.10's was: the top frame of its stack (read through the CallSite API).
var stream = require('stream');
var w = new stream.Writable();
w._write = function (c, e, cb) { cb(); };
var saved = Error.prepareStackTrace;
Error.prepareStackTrace = function (e, frames) { return frames; };
w.on('error', function (e) {
  var sites = e.stack;
  Error.prepareStackTrace = saved;
  console.log(e.name + ': ' + e.message + ' | top frame: ' + sites[0].getFunctionName());
});
w.write(5);
Error.prepareStackTrace = saved;
