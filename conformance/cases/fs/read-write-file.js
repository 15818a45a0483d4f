// readFile/writeFile/appendFile and their Sync twins: encodings, option strings and objects
// ({encoding, flag, mode}), Buffer/number/object data, append flags, files whose size stat
// reports as 0 (/proc), empty files, and the callback's arguments.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('files');
var p = d + '/f';

fs.writeFileSync(p, 'h\u00e9llo');
console.log('readFileSync buffer', fs.readFileSync(p));
console.log('readFileSync utf8', JSON.stringify(fs.readFileSync(p, 'utf8')));
console.log('readFileSync {encoding: hex}', fs.readFileSync(p, { encoding: 'hex' }));
console.log('readFileSync {encoding: base64}', fs.readFileSync(p, { encoding: 'base64' }));
console.log('readFileSync {}', fs.readFileSync(p, {}));
console.log('readFileSync null', fs.readFileSync(p, null));
console.log('readFileSync {flag: "r+"}', fs.readFileSync(p, { flag: 'r+', encoding: 'ascii' }));
fs.writeFileSync(p, 'latin \u00e9', 'binary');
console.log('writeFileSync binary', fs.readFileSync(p));
fs.writeFileSync(p, 'ZZZ', { encoding: 'ucs2' });
console.log('writeFileSync {encoding: ucs2}', fs.readFileSync(p));
fs.writeFileSync(p, new Buffer([1, 2, 3]));
console.log('writeFileSync buffer', fs.readFileSync(p));
fs.writeFileSync(p, 12345);
console.log('writeFileSync number', fs.readFileSync(p, 'utf8'));
fs.writeFileSync(p, { toString: function () { return 'obj'; } });
console.log('writeFileSync object', fs.readFileSync(p, 'utf8'));
fs.writeFileSync(p, 'more', { flag: 'a' });
console.log('writeFileSync flag a', fs.readFileSync(p, 'utf8'));
fs.appendFileSync(p, '+1');
fs.appendFileSync(p, new Buffer('+2'));
fs.appendFileSync(p, '2b2b', 'hex');
fs.appendFileSync(p, '!', { encoding: 'utf8' });
console.log('appendFileSync', fs.readFileSync(p, 'utf8'));
fs.appendFileSync(p, 'reset', { flag: 'w' });
console.log('appendFileSync flag w', fs.readFileSync(p, 'utf8'));
fs.writeFileSync(d + '/mode', 'x', { mode: 448 });
fs.writeFileSync(d + '/mode2', 'x', { mode: '0604' });
console.log('modes', (fs.statSync(d + '/mode').mode & 511).toString(8), (fs.statSync(d + '/mode2').mode & 511).toString(8));
t.sync('writeFileSync flag wx on existing', function () { return fs.writeFileSync(p, 'x', { flag: 'wx' }); });
fs.writeFileSync(d + '/empty', '');
console.log('empty file', fs.readFileSync(d + '/empty'), JSON.stringify(fs.readFileSync(d + '/empty', 'utf8')));
var proc = fs.readFileSync('/proc/version');
console.log('/proc/version (stat size 0)', fs.statSync('/proc/version').size, proc.length > 0, proc.toString() === fs.readFileSync('/proc/version', 'utf8'));
var big = new Buffer(200000);
for (var i = 0; i < big.length; i++) big[i] = i % 251;
fs.writeFileSync(d + '/big', big);
var back = fs.readFileSync(d + '/big');
var same = back.length === big.length;
for (i = 0; same && i < big.length; i++) same = back[i] === big[i];
console.log('200 kB round trip', back.length, same);

t.series([
  function (next) { fs.readFile(p, function (e, data) { console.log('readFile', arguments.length, e, data); next(); }); },
  function (next) { fs.readFile(p, 'utf8', function (e, data) { console.log('readFile utf8', arguments.length, e, data); next(); }); },
  function (next) { fs.readFile(p, { encoding: 'hex', flag: 'r' }, function (e, data) { console.log('readFile {hex}', e, data); next(); }); },
  function (next) { fs.readFile('/proc/version', function (e, data) { console.log('readFile /proc', e, data.toString() === proc.toString()); next(); }); },
  function (next) { fs.readFile(d + '/empty', 'utf8', function (e, data) { console.log('readFile empty', e, JSON.stringify(data)); next(); }); },
  function (next) { fs.readFile(d + '/big', function (e, data) { console.log('readFile big', e, data.length, data[199999], data[1000]); next(); }); },
  function (next) { fs.writeFile(p, 'w1', function (e) { console.log('writeFile', arguments.length, e, fs.readFileSync(p, 'utf8')); next(); }); },
  function (next) { fs.writeFile(p, 'dzI=', 'base64', function (e) { console.log('writeFile base64', e, fs.readFileSync(p, 'utf8')); next(); }); },
  function (next) { fs.writeFile(p, '', function (e) { console.log('writeFile empty', arguments.length, e, fs.readFileSync(p).length); next(); }); },
  function (next) { fs.writeFile(p, 'x', { flag: 'wx' }, function (e) { console.log('writeFile wx', t.err(e)); next(); }); },
  function (next) { fs.appendFile(p, 'a1', function (e) { console.log('appendFile', arguments.length, e, fs.readFileSync(p, 'utf8')); next(); }); },
  function (next) { fs.appendFile(p, new Buffer('a2'), { mode: 384 }, function (e) { console.log('appendFile buffer', e, fs.readFileSync(p, 'utf8')); next(); }); },
  function (next) { fs.appendFile(d + '/new', 'n', 'utf8', function (e) { console.log('appendFile creates', e, fs.readFileSync(d + '/new', 'utf8')); next(); }); },
  function (next) { fs.writeFile(p, 'done'); setTimeout(next, 100); },
  function (next) { console.log('writeFile without callback', fs.readFileSync(p, 'utf8')); next(); }
]);
