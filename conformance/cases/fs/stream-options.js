// ReadStream start/end/highWaterMark/encoding, WriteStream flags r+ with start and a, open events, bytesWritten, bad ranges.
var fs = require('fs');
var ev = [];
var file = __dirname + '/s2.tmp';
var ws = fs.createWriteStream(file, { flags: 'w', mode: 438 });
ws.on('open', function (fd) { ev.push('ws open ' + typeof fd); });
ws.on('finish', function () { ev.push('ws finish bytesWritten=' + ws.bytesWritten); });
ws.on('close', function () {
  ev.push('ws close');
  var rs = fs.createReadStream(file, { start: 2, end: 9, highWaterMark: 3, encoding: 'utf8' });
  rs.on('open', function () { ev.push('rs open'); });
  rs.on('data', function (d) { ev.push('rs data ' + JSON.stringify(d)); });
  rs.on('end', function () { ev.push('rs end'); });
  rs.on('close', function () { ev.push('rs close');
    var ws2 = fs.createWriteStream(file, { flags: 'r+', start: 3 });
    ws2.end('XYZ', function () {
      ev.push('r+ content ' + fs.readFileSync(file, 'utf8'));
      var a = fs.createWriteStream(file, { flags: 'a' });
      a.write('APP');
      a.end();
      a.on('close', function () { ev.push('append ' + fs.readFileSync(file, 'utf8'));
        var bad = fs.createReadStream(__dirname + '/nope.tmp');
        bad.on('error', function (e) { ev.push('rs error ' + e.code); });
        bad.on('close', function () { ev.push('bad rs close'); });
        var badw = fs.createWriteStream(__dirname + '/nodir/x');
        badw.on('error', function (e) { ev.push('ws error ' + e.code); });
        badw.write('x', function (e) { ev.push('ws write cb ' + (e && e.code)); });
        var rs3 = fs.createReadStream(file);
        rs3.destroy();
        rs3.on('close', function () { ev.push('destroyed rs close'); });
        rs3.on('data', function () { ev.push('destroyed rs data'); });
        try { fs.createReadStream(file, { start: 5, end: 2 }); } catch (e) { ev.push('start>end ' + e.message); }
        try { fs.createReadStream(file, { start: 'a' }); } catch (e) { ev.push('start str ' + e.message); }
      });
    });
  });
});
ws.write('0123456789abcdef');
ws.write(new Buffer('ghij'));
console.log('write returns', ws.write(''), ws.path === file, ws.flags, ws.mode, ws.bytesWritten);
ws.end('END');
process.on('exit', function () { try { fs.unlinkSync(file); } catch (e) {} console.log(ev.join('\n')); });
