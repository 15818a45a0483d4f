// zlib.flush(callback), zlib.reset(), close(): output bytes, callback and event order,
// interleaved with ticks and writes, as node 0.10.
var zlib = require('zlib');
function run(name, make, steps) {
  return function (next) {
    var z = make();
    var log = [];
    function L(s) { log.push(s); }
    z.on('data', function (d) { L('data<' + hexOf(d) + '>'); });
    z.on('error', function (e) { L('error ' + show(e)); });
    ['end', 'finish', 'close', 'drain'].forEach(function (ev) { z.on(ev, function () { L(ev); }); });
    // Reported once the stream closed or failed (and the ticks after that ran), or after a
    // while for the cases that never end.
    var reported = false;
    function report() {
      if (reported) return;
      reported = true;
      clearTimeout(timer);
      setTimeout(function () { out(name + ': ' + log.join(' | ')); next(); }, 5);
    }
    var timer = setTimeout(report, 400);
    z.on('close', report);
    z.on('error', report);
    try { steps(z, L); } catch (e) { L('throw ' + show(e)); }
  };
}
var tasks = [
  run('write flush write flush end', zlib.createDeflate, function (z, L) {
    z.write(new Buffer('hello'), function () { L('write cb'); });
    L('after write');
    process.nextTick(function () { L('tick'); });
    z.flush(function () {
      L('flush cb');
      z.write(new Buffer('world'));
      z.flush(function () {
        L('flush2 cb');
        z.end(new Buffer('!'), function () { L('end cb'); });
        z.flush(function () { L('flush after end cb'); });
      });
    });
    L('after flush');
  }),
  run('flush on a new stream', zlib.createDeflate, function (z, L) { z.flush(function () { L('flushed'); z.end(); }); }),
  run('flush on a new gzip', zlib.createGzip, function (z, L) { z.flush(function () { L('flushed'); z.end(); }); }),
  run('flush on a new raw', zlib.createDeflateRaw, function (z, L) { z.flush(function () { L('flushed'); z.end(); }); }),
  run('flush twice in a row', zlib.createDeflate, function (z, L) { z.write('abc'); z.flush(function () { L('f1'); z.flush(function () { L('f2'); z.end(); }); }); }),
  run('flush twice queued', zlib.createDeflate, function (z, L) { z.write('hello'); z.flush(function () { L('f1'); }); z.flush(function () { L('f2'); }); z.end(); }),
  run('flush queued then write', zlib.createDeflateRaw, function (z, L) { z.write('aaaa'); z.write('bbbb'); z.flush(function () { L('flushed'); }); z.write('cccc'); z.end(); }),
  run('flush queued then end', zlib.createDeflateRaw, function (z, L) { z.write('aaaa'); z.write('bbbb'); z.write('cccc'); z.flush(function () { L('flushed'); }); z.end(); }),
  run('flush without callback', zlib.createDeflate, function (z, L) { z.write('a'); z.flush(); z.end('b'); }),
  run('flush when needDrain', zlib.createDeflateRaw, function (z, L) { var b = new Buffer(20000); b.fill(97); z.write(b); L('write ' + z.write(b)); z.flush(function () { L('flushed'); z.end(); }); }),
  run('flush level 0', function () { return zlib.createDeflate({ level: 0 }); }, function (z, L) { z.write('abc'); z.flush(function () { L('f1'); z.flush(function () { L('f2'); z.end('def'); }); }); }),
  run('flush level 0 new', function () { return zlib.createDeflate({ level: 0 }); }, function (z, L) { z.flush(function () { L('f1'); z.end(); }); }),
  run('flush then same data', zlib.createDeflate, function (z, L) { z.write('hello'); z.flush(function () { z.write('hello'); z.end(); }); }),
  run('full flush keeps history out', zlib.createDeflateRaw, function (z, L) { z.write('abcdefabcdef'); z.flush(function () { z.end('abcdefabcdefabcdef'); }); }),
  run('flush option sync', function () { return zlib.createDeflate({ flush: zlib.Z_SYNC_FLUSH }); }, function (z, L) { z.write('a'); z.write('b'); z.end('c'); }),
  run('flush option sync empty writes', function () { return zlib.createDeflate({ flush: zlib.Z_SYNC_FLUSH }); }, function (z, L) { z.write('a'); z.write(''); z.write(new Buffer(0)); z.end('c'); }),
  run('flush option partial', function () { return zlib.createDeflate({ flush: zlib.Z_PARTIAL_FLUSH }); }, function (z, L) { z.write('a'); z.write('b'); z.end('c'); }),
  run('flush option partial text', function () { return zlib.createDeflateRaw({ flush: zlib.Z_PARTIAL_FLUSH }); }, function (z, L) { z.write('hello world'); z.write('hello again world'); z.write('and once more'); z.end(); }),
  run('flush option full', function () { return zlib.createDeflate({ flush: zlib.Z_FULL_FLUSH }); }, function (z, L) { z.write('hello'); z.write('hello'); z.end(); }),
  run('flush option finish', function () { return zlib.createDeflate({ flush: zlib.Z_FINISH }); }, function (z, L) { z.write('abc'); z.write('def'); z.end(); }),
  run('flush option block deflate', function () { return zlib.createDeflate({ flush: zlib.Z_BLOCK }); }, function (z, L) { z.write('abc'); z.end(); }),
  run('flush option block inflate', function () { return zlib.createInflate({ flush: zlib.Z_BLOCK }); }, function (z, L) { z.end(new Buffer('789ccb48cdc9c90700062c0215', 'hex')); }),
  run('flush option sync inflate', function () { return zlib.createInflate({ flush: zlib.Z_SYNC_FLUSH }); }, function (z, L) { z.end(new Buffer('789ccb48cdc9c90700062c0215', 'hex')); }),
  run('inflate flush()', zlib.createInflate, function (z, L) { z.write(new Buffer('789ccb48cd', 'hex')); z.flush(function () { L('flushed'); z.end(new Buffer('c9c90700062c0215', 'hex')); }); }),
  run('small chunks flush', function () { return zlib.createDeflate({ chunkSize: 64 }); }, function (z, L) { seed(3); z.write(rbuf(300)); z.flush(function () { L('f'); z.write(rbuf(10)); z.flush(function () { L('f2'); z.end(); }); }); }),
  run('reset deflate raw', zlib.createDeflateRaw, function (z, L) { z.write('abcabcabc'); z.flush(function () { L('reset ' + z.reset()); z.write('abcabcabc'); z.flush(function () { L('f2'); z.end(); }); }); }),
  run('reset deflate', zlib.createDeflate, function (z, L) { z.write('abcabcabc'); z.flush(function () { z.reset(); z.end('abcabcabc'); }); }),
  run('reset gzip', zlib.createGzip, function (z, L) { z.write('abcabc'); z.flush(function () { L('reset ' + z.reset()); z.end('abcabc'); }); }),
  run('reset gunzip', zlib.createGunzip, function (z, L) { z.reset(); z.end(new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex')); }),
  run('reset inflate mid-stream', zlib.createInflate, function (z, L) { z.write(new Buffer('789ccb48cd', 'hex'), function () { z.reset(); z.end(new Buffer('789ccb48cdc9c90700062c0215', 'hex')); }); }),
  run('reset inflate raw mid-stream', zlib.createInflateRaw, function (z, L) { z.write(new Buffer('cb48cd', 'hex'), function () { z.reset(); z.end(new Buffer('cb48cdc9c90700', 'hex')); }); }),
  run('reset unzip mid-stream', zlib.createUnzip, function (z, L) { z.write(new Buffer('789ccb48cd', 'hex'), function () { z.reset(); z.end(new Buffer('c9c90700062c0215', 'hex')); }); }),
  run('close twice', zlib.createDeflate, function (z, L) { z.close(function () { L('cb1'); }); z.close(function () { L('cb2'); }); L('sync'); }),
  run('end then close on end', zlib.createDeflate, function (z, L) { z.on('end', function () { z.close(function () { L('close cb'); }); }); z.end('x'); }),
  run('end event closes', zlib.createGunzip, function (z, L) { z.end(new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex')); }),
  run('destroy is absent', zlib.createDeflate, function (z, L) { L(typeof z.destroy + ' ' + typeof z.params); z.end(); }),
  run('write cb order', zlib.createDeflate, function (z, L) {
    z.write('a', function () { L('cb a'); });
    z.write('b', function () { L('cb b'); });
    process.nextTick(function () { L('tick'); });
    z.end('c', function () { L('cb end'); });
  })
];
series(tasks, finish);
