// require('zlib'): keys in order, the constants, codes, names and lengths, prototypes.
var zlib = require('zlib');
var util = require('util');
console.log(Object.keys(zlib).join(' '));
Object.keys(zlib).forEach(function (k) {
  var v = zlib[k];
  if (typeof v === 'function') console.log(k, JSON.stringify(v.name), v.length);
  else if (k !== 'codes') console.log(k, v);
});
console.log(util.inspect(zlib.codes));
var Base = zlib.Deflate.super_;
console.log(Base.name, Base.length, Base.super_ === require('stream').Transform, Object.keys(Base.prototype));
console.log(Object.keys(zlib.Zlib.prototype), util.inspect(new zlib.Zlib(1)));
var g = zlib.createGzip({ level: 9 });
console.log(Object.keys(g).join(' '));
console.log(g._chunkSize, g._flushFlag, JSON.stringify(g._opts), g instanceof zlib.Gzip, zlib.Gzip() instanceof zlib.Gzip);
console.log(util.inspect(g.listeners('end')), typeof g.params, typeof g.destroy);
g.close();
