// fs.watchFile / fs.unwatchFile (stat polling): the (current, previous) Stats for a file that
// grows, disappears (all-zero Stats) and comes back; one StatWatcher shared per filename;
// listeners removed one by one or all at once; 'stop' emitted on unwatch (and the tick queue
// run right then, as 0.10 did); the options object; filenames compared as given strings.
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = t.dir('watchfile');
var f = d + '/f';

function describe(s) { return { size: s.size, nlink: s.nlink, isFile: s.isFile(), epoch: s.mtime.getTime() === 0, stats: s instanceof fs.Stats }; }
var waiting = null;
function listener(curr, prev) {
  if (waiting && waiting.want(curr, prev)) {
    var w = waiting;
    waiting = null;
    w.done(curr, prev);
  }
}

// Repeats `act` until the listener sees the transition `want` accepts, then prints it: the
// output does not depend on when the poller happens to look.
function until(label, want, act, show) {
  return function (next) {
    var timer = setInterval(act, 30);
    waiting = {
      want: want,
      done: function (curr, prev) {
        clearInterval(timer);
        console.log(label, JSON.stringify(show(curr, prev)));
        next();
      }
    };
    act();
  };
}

// the file exists before the watch starts, so the poller's baseline is "a file" whenever it
// takes it
fs.writeFileSync(f, 'abc');
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
  until('grows', function (c, p) { return p.size >= 3 && c.size > p.size; },
    function () { fs.appendFileSync(f, 'd'); },
    function (c, p) { return { grew: c.size > p.size, nlink: c.nlink, isFile: c.isFile(), prevIsFile: p.isFile() }; }),
  until('goes', function (c) { return c.nlink === 0; },
    function () { if (fs.existsSync(f)) fs.unlinkSync(f); },
    function (c, p) { return { curr: describe(c), prevIsFile: p.isFile(), prevNlink: p.nlink }; }),
  until('comes back', function (c) { return c.nlink === 1; },
    function () {
      // renamed into place, so that no poll can see it half written
      if (!fs.existsSync(f)) { fs.writeFileSync(f + '.new', 'xy'); fs.renameSync(f + '.new', f); }
    },
    function (c, p) { return { curr: describe(c), prev: { nlink: p.nlink, isFile: p.isFile(), epoch: p.mtime.getTime() === 0 } }; }),
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
