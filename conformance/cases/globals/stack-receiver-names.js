// The receiver named in a stack frame is the object's constructor, as the library wrote it:
// `at WriteStream.<anonymous>` for a listener of an fs.WriteStream.
var fs = require('fs');
var domain = require('domain');
var path = require('path');
var os = require('os');

function firstFrame(er) {
  return er.stack.split('\n')[1].replace(/ \(.*\)$/, '').replace(/^\s+/, '');
}

var file = path.join(os.tmpdir(), 'n10-stack-receiver-' + process.pid);
var ws = fs.createWriteStream(file);
ws.on('open', function () {
  console.log('WriteStream open:', firstFrame(new Error('x')));
  ws.end('abc', function () {
    var rs = fs.createReadStream(file);
    rs.on('open', function () {
      console.log('ReadStream open:', firstFrame(new Error('x')));
    });
    rs.on('close', function () {
      fs.unlinkSync(file);
      var d = domain.create();
      d.on('error', function (er) {
        console.log('Domain error:', firstFrame(new Error('x')), er.message);
      });
      d.run(function () {
        process.nextTick(function () { throw new Error('in domain'); });
      });
    });
    rs.resume();
  });
});
