// Options: 0.10's checks, messages, coercions and what each value then means.
var zlib = require('zlib');
var values = {
  flush: [-1, 0, 1, 2, 3, 4, 5, 6, 7, '2', 'x', true, null, NaN],
  chunkSize: [0, 1, 63, 64, 65, 100.5, 1024, -5, true, null, NaN, 1e7],
  windowBits: [0, 7, 8, 9, 9.5, 15, 16, -3, '9', true, null, NaN, Infinity],
  level: [-2, -1, 0, 1, 3.5, 9, 10, '5', 'x', true, null, NaN, -Infinity],
  memLevel: [-1, 0, 1, 1.5, 9, 10, '3', true, null, NaN],
  strategy: [-1, 0, 1, 1.5, 2, 3, 4, 5, '1', 'x', true, null, NaN],
  dictionary: ['abc', [1, 2], null, 0, new Buffer('abc'), new Buffer(0)]
};
var input = new Buffer('hello hello hello hello hello, hello world');
var tasks = [];
Object.keys(values).forEach(function (name) {
  values[name].forEach(function (v) {
    ['Deflate', 'Inflate', 'Gzip', 'DeflateRaw'].forEach(function (k) {
      tasks.push(function (next) {
        var o = {}; o[name] = v;
        var label = k + ' ' + name + '=' + (typeof v === 'string' ? q(v) : Buffer.isBuffer(v) ? show(v) : Array.isArray(v) ? '[' + v + ']' : String(v));
        var z;
        try { z = new zlib[k](o); } catch (e) { out(label + ' throws ' + show(e)); return next(); }
        var chunks = [];
        z.on('data', function (d) { chunks.push(d.length); });
        z.on('error', function (e) { out(label + ' error ' + show(e)); next(); });
        z.on('end', function () { out(label + ' chunk=' + z._chunkSize + ' flag=' + z._flushFlag + ' data ' + chunks.join(',')); next(); });
        if (/Inflate/.test(k)) z.end(new Buffer('789ccb48cdc9c90700062c0215', 'hex')); else z.end(input);
      });
    });
  });
});
tasks.push(function (next) {
  t('options null', function () { return new zlib.Deflate(null)._chunkSize; });
  t('options string', function () { return JSON.stringify(new zlib.Deflate('abc')._opts); });
  t('options number', function () { return JSON.stringify(new zlib.Deflate(5)._opts); });
  t('first bad option wins', function () { return new zlib.Deflate({ flush: 9, chunkSize: 1, windowBits: 1, level: 99, memLevel: 99, strategy: 99, dictionary: 'x' }); });
  t('chunkSize then windowBits', function () { return new zlib.Deflate({ chunkSize: 1, windowBits: 1 }); });
  t('windowBits then level', function () { return new zlib.Deflate({ windowBits: 1, level: 99 }); });
  t('level then memLevel', function () { return new zlib.Deflate({ level: 99, memLevel: 99 }); });
  t('memLevel then strategy', function () { return new zlib.Deflate({ memLevel: 99, strategy: 99 }); });
  t('strategy then dictionary', function () { return new zlib.Deflate({ strategy: 99, dictionary: 'x' }); });
  next();
});
series(tasks, finish);
