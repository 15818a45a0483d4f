// The module face: keys in order, constant values, codes, names, lengths, prototypes.
var zlib = require('zlib');
var util = require('util');
out('keys ' + Object.keys(zlib).join(','));
Object.keys(zlib).forEach(function (k) {
  var v = zlib[k];
  if (typeof v === 'function') out(k + ' fn name=' + q(v.name) + ' length=' + v.length + ' keys=' + Object.keys(v).join(','));
  else if (k === 'codes') out('codes ' + Object.keys(v).map(function (c) { return c + ':' + v[c]; }).join(','));
  else out(k + ' = ' + show(v));
});
out('inspect ' + util.inspect(zlib).split('\n').length);
var protoOf = Object.getPrototypeOf;
var Base = zlib.Gzip.super_;
out('base ' + Base.name + ' ' + Base.length + ' super ' + (Base.super_ === require('stream').Transform));
out('base proto ' + Object.getOwnPropertyNames(Base.prototype).join(','));
out('base proto enumerable ' + Object.keys(Base.prototype).join(','));
Object.getOwnPropertyNames(Base.prototype).forEach(function (k) {
  if (k !== 'constructor') out('  ' + k + ' name=' + q(Base.prototype[k].name) + ' length=' + Base.prototype[k].length);
});
['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'].forEach(function (k) {
  var C = zlib[k];
  var viaCall = C();
  var viaNew = new C();
  var viaCreate = zlib['create' + k]();
  out(k + ' super=' + (C.super_ === Base) + ' proto=' + Object.getOwnPropertyNames(C.prototype).join(',') +
    ' call=' + (viaCall instanceof C) + ' new=' + (viaNew instanceof C) + ' create=' + (viaCreate instanceof C) +
    ' transform=' + (viaNew instanceof require('stream').Transform) + ' ctor=' + (protoOf(viaNew).constructor === C));
  out('  own ' + Object.keys(viaNew).join(','));
  out('  events ' + Object.keys(viaNew._events).join(',') + ' chunk=' + viaNew._chunkSize + ' buffer=' + viaNew._buffer.length + ' flag=' + viaNew._flushFlag + ' opts=' + JSON.stringify(viaNew._opts));
  out('  handle ' + (viaNew._binding instanceof zlib.Zlib) + ' ' + Object.keys(viaNew._binding).join(','));
  viaCall.close(); viaNew.close(); viaCreate.close();
});
out('handle proto ' + Object.keys(zlib.Zlib.prototype).join(','));
Object.keys(zlib.Zlib.prototype).forEach(function (k) { out('  ' + k + ' name=' + q(zlib.Zlib.prototype[k].name) + ' length=' + zlib.Zlib.prototype[k].length); });
var h = new zlib.Zlib(1);
out('handle own ' + Object.keys(h).join(',') + ' inspect ' + util.inspect(h));
t('new Zlib()', function () { return new zlib.Zlib(); });
t('new Zlib(0)', function () { return new zlib.Zlib(0); });
t('new Zlib(8)', function () { return new zlib.Zlib(8); });
t("new Zlib('1')", function () { return new zlib.Zlib('1'); });
t('new Zlib(1.5)', function () { return new zlib.Zlib(1.5); });
t('handle calls', function () { var x = new zlib.Zlib(2); return [x.init(15, -1, 8, 0), x.reset(), x.close(), x.close(), x.reset()]; });
var g = new zlib.Gzip({ level: 9, chunkSize: 1024, custom: 'x' });
out('opts kept ' + JSON.stringify(g._opts) + ' ' + g._chunkSize + ' ' + g._buffer.length);
finish();
