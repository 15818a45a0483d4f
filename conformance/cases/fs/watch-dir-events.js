// fs.watch: ENOENT for a missing path, rename/change events for a new file in a watched dir (listener and callback), a watched file's change; close().
var fs = require('fs');
// Its own directory: the harness runs node 0.10 and n10 at the same time.
var dir = require('os').tmpdir() + '/n10-wdir-' + process.pid;
try { fs.readdirSync(dir).forEach(function (f) { fs.unlinkSync(dir + '/' + f); }); fs.rmdirSync(dir); } catch (e) {}
fs.mkdirSync(dir);
var ev = [];
try { fs.watch(dir + '/missing'); } catch (e) { ev.push('watch missing: ' + e.message.replace(dir, 'DIR') + ' ' + e.code + ' ' + e.syscall); }
var w = fs.watch(dir, function (event, filename) { ev.push('cb ' + event + ' ' + filename); });
w.on('change', function (event, filename) { ev.push('change ev ' + event + ' ' + filename); });
setTimeout(function () { fs.writeFileSync(dir + '/a', 'x'); }, 20);
setTimeout(function () {
  w.close();
  ev.push('closed');
  var f = dir + '/a';
  var w2 = fs.watch(f, { persistent: true });
  // (A late event of the first write may come before the append: the files go at exit.)
  w2.on('change', function (e, fn) { ev.push('file ' + e + ' ' + fn); w2.close(); });
  setTimeout(function () { fs.appendFileSync(f, 'more'); }, 20);
}, 100);
process.on('exit', function () {
  try { fs.unlinkSync(dir + '/a'); fs.rmdirSync(dir); } catch (e) {}
  // collapse duplicate consecutive events (the OS may report one write as several)
  var out = [];
  ev.forEach(function (e) { if (out[out.length - 1] !== e) out.push(e); });
  console.log(out.join('\n'));
});
