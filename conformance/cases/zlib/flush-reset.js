// zlib.flush(callback) and zlib.reset(): the bytes each produces and the callback order.
var zlib = require('zlib');
var steps = [
  function (next) {
    var z = zlib.createDeflate();
    z.on('data', function (d) { console.log('  data', d.toString('hex')); });
    z.on('end', function () { console.log('  end'); next(); });
    z.write('hello', function () { console.log('  write cb'); });
    process.nextTick(function () { console.log('  tick'); });
    z.flush(function () {
      console.log('  flush cb');
      z.write('world');
      z.flush(function () { console.log('  flush 2 cb'); z.end('!'); });
    });
  },
  function (next) {
    console.log('flush on a new stream, twice');
    var z = zlib.createGzip();
    z.on('data', function (d) { console.log('  data', d.toString('hex')); });
    z.flush(function () { z.flush(function () { console.log('  flushed twice'); z.close(next); }); });
  },
  function (next) {
    console.log('flush while writes are queued');
    var z = zlib.createDeflateRaw();
    z.on('data', function (d) { console.log('  data', d.toString('hex')); });
    z.on('end', next);
    z.write('aaaa'); z.write('bbbb'); z.write('cccc');
    z.flush(function () { console.log('  flushed'); });
    z.write('dddd');
    z.end();
  },
  function (next) {
    console.log('reset');
    var z = zlib.createDeflateRaw();
    z.on('data', function (d) { console.log('  data', d.toString('hex')); });
    z.write('abcabcabc');
    z.flush(function () {
      console.log('  reset ->', z.reset());
      z.write('abcabcabc');
      z.flush(function () { z.on('end', next); z.end(); });
    });
  },
  function (next) {
    console.log('flush option Z_SYNC_FLUSH');
    var z = zlib.createDeflate({ flush: zlib.Z_SYNC_FLUSH });
    z.on('data', function (d) { console.log('  data', d.toString('hex')); });
    z.on('end', next);
    z.write('a'); z.write(''); z.write('b'); z.end('c');
  },
  function (next) {
    console.log('close');
    var z = zlib.createInflate();
    z.on('close', function () { console.log('  close event'); });
    z.close(function () { console.log('  close cb 1'); });
    z.close(function () { console.log('  close cb 2'); next(); });
  }
];
(function run() { var s = steps.shift(); if (s) s(run); })();
