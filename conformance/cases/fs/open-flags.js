// fs.open flag strings: for each, on an existing file and on a missing one — does open
// succeed, can the descriptor read and write, is the file created/truncated, do writes
// append; then modes (number, octal string, default 0666 & umask) and numeric flags.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('flags');
var flags = ['r', 'r+', 'rs', 'rs+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+', 'a', 'ax', 'xa', 'a+', 'ax+', 'xa+'];

function probe(flag, exists) {
  var p = d + '/f';
  try { fs.unlinkSync(p); } catch (e) {}
  if (exists) fs.writeFileSync(p, 'abcdef');
  var out = [];
  var fd;
  try { fd = fs.openSync(p, flag); out.push('open ok'); } catch (e) { out.push('open ' + e.code); }
  if (fd !== undefined) {
    try { out.push('read ' + JSON.stringify(fs.readSync(fd, 3, 0, 'utf8'))); } catch (e) { out.push('read ' + e.code); }
    try { out.push('write@0 ' + fs.writeSync(fd, 'XY', 0)); } catch (e) { out.push('write ' + e.code); }
    try { out.push('write@null ' + fs.writeSync(fd, 'Z', null)); } catch (e) { out.push('write ' + e.code); }
    fs.closeSync(fd);
  }
  var content;
  try { content = JSON.stringify(fs.readFileSync(p, 'utf8')); } catch (e) { content = e.code; }
  out.push('file ' + content);
  console.log(flag, exists ? 'existing:' : 'missing: ', out.join(', '));
}

flags.forEach(function (f) { probe(f, true); probe(f, false); });

// modes: explicit chmod afterwards is not used, so umask applies; print it alongside
fs.openSync(d + '/m1', 'w', 384);
fs.openSync(d + '/m2', 'w', '0604');
fs.openSync(d + '/m3', 'w', '755');
fs.openSync(d + '/m4', 'w');
fs.openSync(d + '/m5', 'w', null);
['m1', 'm2', 'm3', 'm4', 'm5'].forEach(function (m) {
  console.log('mode', m, (fs.statSync(d + '/' + m).mode & 511).toString(8));
});

// numeric flags go straight to open(2)
var fdn = fs.openSync(d + '/m1', 2);
console.log('numeric O_RDWR write', fs.writeSync(fdn, 'q', 0));
fs.closeSync(fdn);

// async forms: (path, flags, cb) and (path, flags, mode, cb)
fs.open(d + '/async1', 'w', function (e, fd) {
  console.log('open(path, flags, cb)', arguments.length, e, typeof fd);
  fs.close(fd, function () {
    fs.open(d + '/async2', 'wx', 416, function (e2, fd2) {
      console.log('open(path, flags, mode, cb)', arguments.length, e2, typeof fd2, (fs.fstatSync(fd2).mode & 511).toString(8));
      fs.closeSync(fd2);
      fs.open(d + '/async2', 'bogus', function () { console.log('not called'); });
    });
  });
});
