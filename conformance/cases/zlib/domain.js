// Domains: the stream's events run in the domain it was made in; the write callbacks, called
// by the handle (which belongs to no domain), do not; errors go to the domain.
var domain = require('domain'), zlib = require('zlib');
var d = domain.create();
d.on('error', function (e) { console.log('domain caught', e.message); });
d.run(function () {
  var z = zlib.createDeflate();
  z.on('data', function () { console.log('data in domain', process.domain === d); });
  z.write('x', function () { console.log('write cb in domain', process.domain === d); });
  zlib.gzip('x', function () { console.log('gzip cb in domain', process.domain === d); throw new Error('boom'); });
  var i = zlib.createInflate();
  i.write(new Buffer('garbage'));
});
setTimeout(function () { console.log('done', !!process.domain); }, 100);
