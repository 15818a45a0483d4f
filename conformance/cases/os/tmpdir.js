// os.tmpdir(): TMPDIR, TMP, TEMP, else /tmp (a trailing slash is kept, as 0.10 did).
var os = require('os');
delete process.env.TMPDIR; delete process.env.TMP; delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/temp/';
console.log(os.tmpdir());
process.env.TMP = '/tmp2';
console.log(os.tmpdir());
process.env.TMPDIR = '/tmpdir/';
console.log(os.tmpdir(), os.tmpDir());
