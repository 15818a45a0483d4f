// The manual's writeOneMillionTimes, scaled down: write until write() returns false, wait
// for 'drain', go on; the callback of the last write; how many writes each round took.
var stream = require('stream');

var w = new stream.Writable({ highWaterMark: 64 });
var written = 0;
w._write = function (chunk, enc, cb) {
  written += chunk.length;
  if (written % 200 === 0) setTimeout(cb, 1);
  else cb();
};
var rounds = [];
function writeMany(writer, data, encoding, callback) {
  var i = 500;
  write();
  function write() {
    var ok = true;
    var n = 0;
    do {
      i -= 1;
      n++;
      if (i === 0) writer.write(data, encoding, callback);
      else ok = writer.write(data, encoding);
    } while (i > 0 && ok);
    rounds.push(n);
    if (i > 0) writer.once('drain', write);
  }
}
writeMany(w, 'abcdefghij', 'utf8', function () {
  console.log('done; bytes', written, 'rounds', rounds.length);
  console.log(rounds.join(','));
  console.log('drain listeners left', w.listeners('drain').length, 'length', w._writableState.length);
});
