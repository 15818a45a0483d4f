// Event and callback order of a zlib stream, against ticks and the stream's own events.
var zlib = require('zlib');
var log = [];
var g = zlib.createGzip();
['readable', 'end', 'finish', 'close', 'drain'].forEach(function (ev) { g.on(ev, function () { log.push(ev); }); });
g.on('data', function (d) { log.push('data ' + d.length); });
g.write('a', function () { log.push('write cb'); });
log.push('after write');
process.nextTick(function () { log.push('tick'); });
g.end('b', function () { log.push('end cb'); });
g.on('close', function () {
  process.nextTick(function () {
    console.log(log.join('\n'));
    var u = zlib.createGunzip(), l2 = [];
    u.on('data', function (d) { l2.push('data ' + JSON.stringify(d.toString())); });
    u.on('end', function () { l2.push('end'); console.log(l2.join(' | ')); });
    var gz = new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex');
    for (var i = 0; i < gz.length; i++) u.write(gz.slice(i, i + 1));
    u.end();
  });
});
