// readdir/readdirSync (names only, no '.' or '..'; printed sorted), mkdir with and without
// a mode (number or octal string), rmdir, rename of files and directories, exists.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('readdir');
var names = ['b', 'a', 'Z', '.hidden', 'with space', 'ünï', '10', '9', 'dir'];
names.forEach(function (n) {
  if (n === 'dir') fs.mkdirSync(d + '/' + n);
  else fs.writeFileSync(d + '/' + n, n);
});
console.log('readdirSync', JSON.stringify(fs.readdirSync(d).sort()));
console.log('readdirSync empty dir', fs.readdirSync(d + '/dir'));
console.log('mkdirSync', fs.mkdirSync(d + '/m1'), (fs.statSync(d + '/m1').mode & 511).toString(8));
fs.mkdirSync(d + '/m2', 448);
fs.mkdirSync(d + '/m3', '0750');
fs.mkdirSync(d + '/m4', null);
console.log('modes', ['m2', 'm3', 'm4'].map(function (m) { return (fs.statSync(d + '/' + m).mode & 511).toString(8); }));
console.log('rmdirSync', fs.rmdirSync(d + '/m4'), fs.existsSync(d + '/m4'));
console.log('renameSync file', fs.renameSync(d + '/a', d + '/dir/a2'), fs.readdirSync(d + '/dir'));
console.log('renameSync over file', fs.renameSync(d + '/b', d + '/Z'), fs.readFileSync(d + '/Z', 'utf8'));
console.log('renameSync dir', fs.renameSync(d + '/m1', d + '/m1b'), fs.statSync(d + '/m1b').isDirectory());
console.log('after', JSON.stringify(fs.readdirSync(d).sort()));
console.log('existsSync', fs.existsSync(d), fs.existsSync(d + '/Z'), fs.existsSync(d + '/b'), fs.existsSync(''));

t.series([
  function (next) { fs.readdir(d, function (e, l) { console.log('readdir', arguments.length, e, JSON.stringify(l.sort())); next(); }); },
  function (next) { fs.mkdir(d + '/am', function (e) { console.log('mkdir(path, cb)', arguments.length, e); next(); }); },
  function (next) { fs.mkdir(d + '/am2', 448, function (e) { console.log('mkdir(path, mode, cb)', arguments.length, e, (fs.statSync(d + '/am2').mode & 511).toString(8)); next(); }); },
  function (next) { fs.mkdir(d + '/am3', '711', function (e) { console.log('mkdir string mode', e, (fs.statSync(d + '/am3').mode & 511).toString(8)); next(); }); },
  function (next) { fs.rmdir(d + '/am', function (e) { console.log('rmdir', arguments.length, e); next(); }); },
  function (next) { fs.rename(d + '/am2', d + '/am2b', function (e) { console.log('rename', arguments.length, e, fs.existsSync(d + '/am2b')); next(); }); },
  function (next) { fs.exists(d + '/am2b', function (x) { console.log('exists', arguments.length, x); next(); }); },
  function (next) { fs.exists(d + '/am', function (x) { console.log('exists missing', x); next(); }); },
  function (next) { fs.readdir(d + '/am3', function (e, l) { console.log('readdir empty', e, l); next(); }); }
]);
