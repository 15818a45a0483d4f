// fs.watch (inotify): the events for create, modify, rename, delete and mkdir in a watched
// directory, and for a watched file; the listener and 'change' event; close() stopping the
// events; persistent: false letting the process exit. Each operation is done alone, the
// events it caused are collected until things are quiet, and printed as a sorted set, so the
// output does not depend on how the kernel batches them.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('watch');

var seen = [];
function record(event, filename) { seen.push(event + ':' + filename); }

function step(label, op) {
  return function (next) {
    seen = [];
    op();
    var waited = 0;
    (function poll() {
      if (seen.length === 0 && waited < 3000) { waited += 20; return setTimeout(poll, 20); }
      setTimeout(function () {
        var uniq = seen.sort().filter(function (x, i, a) { return a.indexOf(x) === i; });
        console.log(label, uniq.length ? uniq.join(' ') : '(no event)');
        next();
      }, 150);
    })();
  };
}

var dw = fs.watch(d, function (event, filename) { record(event, filename); });
console.log('watcher', Object.keys(dw).join(','), typeof dw.close, dw instanceof require('events').EventEmitter);
var fileWatcher;
var changes = 0;

t.series([
  step('create', function () { fs.writeFileSync(d + '/a', ''); }),
  step('modify', function () { fs.appendFileSync(d + '/a', 'more'); }),
  step('chmod', function () { fs.chmodSync(d + '/a', 384); }),
  step('rename', function () { fs.renameSync(d + '/a', d + '/b'); }),
  step('delete', function () { fs.unlinkSync(d + '/b'); }),
  step('mkdir', function () { fs.mkdirSync(d + '/sub'); }),
  step('rmdir', function () { fs.rmdirSync(d + '/sub'); }),
  function (next) {
    dw.close();
    dw.close();
    fs.writeFileSync(d + '/f', 'x');
    fileWatcher = fs.watch(d + '/f', { persistent: true });
    fileWatcher.on('change', function (event, filename) { changes++; record(event, filename); });
    next();
  },
  step('closed dir watcher, file watcher: modify', function () { fs.writeFileSync(d + '/f', 'xy'); }),
  step('file watcher: rename away', function () { fs.renameSync(d + '/f', d + '/g'); }),
  function (next) {
    fileWatcher.close();
    console.log('listener calls > 0', changes > 0);
    // a non-persistent watcher does not keep the process alive
    fs.watch(d, { persistent: false }, function () {});
    next();
  }
]);
