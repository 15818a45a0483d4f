// pipe() into process.stdout: the data is written, but stdout is never ended by the pipe
// (it stays writable after the source ends); { end: false } elsewhere behaves the same.
var stream = require('stream');

var r = new stream.Readable();
var parts = ['one\n', 'two\n', null];
r._read = function () {
  var self = this;
  setTimeout(function () { self.push(parts.shift()); }, 1);
};
r.on('end', function () {
  console.log('source ended; stdout still writable:', process.stdout.writable);
  process.stdout.write('written after the pipe ended\n');
  var t = new stream.PassThrough();
  t.pipe(process.stdout);
  t.end('through a PassThrough\n');
  t.on('end', function () { console.log('passthrough ended'); });
});
r.pipe(process.stdout);
