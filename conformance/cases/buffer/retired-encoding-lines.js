// Buffer.byteLength with the retired 'raw' / 'raws' encodings counts a byte a character and
// prints a line on stderr at each call (new Buffer(string, 'raw') prints it, then throws);
// --no-deprecation keeps it quiet.
var execFile = require('child_process').execFile;
var program = "console.log(Buffer.byteLength('ab', 'raw'), Buffer.byteLength('abc', 'RaWs'), Buffer.byteLength('a', 'buffer'), Buffer.isEncoding('raw'), Buffer.isEncoding('raws'));" +
  "try { new Buffer('ab', 'raw'); } catch (e) { console.log(e.message); }";
function run(args, next) {
  execFile(process.execPath, args.concat(['-e', program]), function (err, stdout, stderr) {
    console.log(JSON.stringify(args), err ? err.code : 0, JSON.stringify(stdout), JSON.stringify(stderr));
    if (next) next();
  });
}
run([], function () { run(['--no-deprecation']); });
