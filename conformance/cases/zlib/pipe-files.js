// The manual's example: fs.ReadStream -> gzip -> fs.WriteStream, then back through gunzip.
var zlib = require('zlib');
var fs = require('fs');
var os = require('os');
var path = require('path');
var dir = path.join(os.tmpdir(), 'n10-zlib-case-' + process.pid);
fs.mkdirSync(dir);
var src = path.join(dir, 'input.txt');
var lines = [];
for (var i = 0; i < 20000; i++) lines.push('line ' + i + ' of the input, with some repeated words words words');
fs.writeFileSync(src, lines.join('\n'));
var gzip = zlib.createGzip();
var inp = fs.createReadStream(src);
var out = fs.createWriteStream(src + '.gz');
inp.pipe(gzip).pipe(out);
out.on('close', function () {
  var packed = fs.readFileSync(src + '.gz');
  console.log('gz bytes', packed.length, packed.slice(0, 10).toString('hex'));
  var back = fs.createWriteStream(src + '.back');
  fs.createReadStream(src + '.gz').pipe(zlib.createGunzip()).pipe(back);
  back.on('close', function () {
    var same = fs.readFileSync(src + '.back', 'utf8') === lines.join('\n');
    console.log('round trip', same);
    [src, src + '.gz', src + '.back'].forEach(function (f) { fs.unlinkSync(f); });
    fs.rmdirSync(dir);
  });
});
