// The convenience methods: results, errors and callback order for every input kind.
var zlib = require('zlib');
seed(5);
var big = text(300000);
var log = [];
var methods = ['deflate', 'deflateRaw', 'gzip'];
var inverse = { deflate: 'inflate', deflateRaw: 'inflateRaw', gzip: 'gunzip' };
var inputs = [['string', 'hello'], ['utf8 string', 'h\u00e9llo w\u00f6rld \u2603'], ['empty string', ''], ['buffer', new Buffer('hello')],
  ['empty buffer', new Buffer(0)], ['big', big], ['binary', rbuf(5000)]];
var tasks = [];
methods.forEach(function (m) {
  inputs.forEach(function (inp) {
    tasks.push(function (next) {
      zlib[m](inp[1], function (err, res) {
        out(m + ' ' + inp[0] + ' => ' + (err ? show(err) : show(res)));
        zlib[inverse[m]](res, function (err2, back) {
          out('  ' + inverse[m] + ' => ' + (err2 ? show(err2) : bytes(back) + ' same=' + (hexOf(back) === hexOf(new Buffer(inp[1])))));
          if (m === 'deflate' || m === 'gzip') {
            zlib.unzip(res, function (err3, back3) { out('  unzip => ' + (err3 ? show(err3) : bytes(back3))); next(); });
          } else next();
        });
      });
    });
  });
});
var bad = [['garbage', new Buffer('garbage in, garbage out')], ['truncated', new Buffer('1f8b0800000000000003cb48cd', 'hex')], ['empty', new Buffer(0)]];
['inflate', 'inflateRaw', 'gunzip', 'unzip'].forEach(function (m) {
  bad.forEach(function (b) {
    tasks.push(function (next) {
      zlib[m](b[1], function (err, res) { out(m + ' ' + b[0] + ' => ' + (err ? show(err) : show(res)) + ' args=' + arguments.length); next(); });
    });
  });
});
tasks.push(function (next) {
  // Non-buffer inputs: the stream's own error, synchronously.
  var order = [];
  [123, ['a'], { length: 3 }].forEach(function (v, i) {
    try { zlib.deflate(v, function (err) { order.push(i + ' cb ' + show(err)); }); } catch (e) { order.push(i + ' throw ' + show(e)); }
  });
  order.push('sync end');
  var left = 2;
  function done() { if (--left === 0) { order.sort(); out('odd inputs: ' + order.join(' | ')); next(); } }
  zlib.deflate(null, function (err, r) { order.push('null ' + show(r)); done(); });
  zlib.deflate(undefined, function (err, r) { order.push('undefined ' + show(r)); done(); });
});
tasks.push(function (next) {
  // Callback order relative to ticks and immediates started at the same time.
  var order = [];
  zlib.gzip('a', function () { order.push('gzip'); out('order: ' + order.join(' ')); next(); });
  process.nextTick(function () { order.push('tick'); });
  order.push('sync');
});
series(tasks, finish);
