// fs.watchFile / fs.unwatchFile (stat polling): the (current, previous) Stats for a file
// that appears, grows, and disappears; one StatWatcher shared per filename; listeners
// removed one by one or all at once; 'stop' emitted on unwatch (and the tick queue run right
// then, as 0.10 did); the options object; filenames compared as given strings.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('watchfile');
var f = d + '/f';
var events = [];

function describe(s) { return { size: s.size, nlink: s.nlink, isFile: s.isFile(), epoch: s.mtime.getTime() === 0, stats: s instanceof fs.Stats }; }
function listener(curr, prev) { events.push(JSON.stringify({ curr: describe(curr), prev: describe(prev) })); }

function waitFor(label, op) {
  return function (next) {
    events = [];
    op();
    var waited = 0;
    (function poll() {
      if (events.length === 0 && waited < 5000) { waited += 20; return setTimeout(poll, 20); }
      console.log(label, events.length ? events[0] : '(no event)');
      next();
    })();
  };
}

var w = fs.watchFile(f, { interval: 20 }, listener);
console.log('StatWatcher', w.constructor.name, Object.keys(w).join(','), typeof w.start, typeof w.stop);
var second = function () {};
var w2 = fs.watchFile(f, second);
console.log('same watcher for the same name', w === w2, w.listeners('change').length);
process.chdir(d);
var r1 = fs.watchFile('rel', function () {});
var r2 = fs.watchFile('./rel', function () {});
console.log('another string for the same file, another watcher', r1 !== r2);
fs.unwatchFile('rel');
fs.unwatchFile('./rel');
process.chdir('/');
w.on('stop', function () { console.log('stop emitted'); });

t.series([
  function (next) { setTimeout(next, 100); },
  waitFor('appears', function () { fs.writeFileSync(f, 'abc'); }),
  waitFor('grows', function () { fs.writeFileSync(f, 'abcdef'); }),
  waitFor('disappears', function () { fs.unlinkSync(f); }),
  function (next) {
    fs.unwatchFile(f, second);
    console.log('after removing one listener', w.listeners('change').length);
    process.nextTick(function () { console.log('tick queued before unwatch'); });
    fs.unwatchFile(f);
    console.log('after unwatchFile');
    fs.unwatchFile(f);
    fs.unwatchFile(d + '/never-watched');
    var w4 = fs.watchFile(f, { interval: 20, persistent: false }, listener);
    console.log('new watcher after unwatch', w4 !== w);
    next();
  }
]);
