// runtime-only: the fs.js frames under fs's callbacks and events are placed by the runtime
// The frame of fs.js that called back: readFile's errors (open, a read error after close),
// writeFile/appendFile's open error, the streams' 'error' (open, read, WriteStream open),
// fs.watch and fs.watchFile 'change'.
var fs = require('fs');
var dir = __dirname + '/callback-frames.tmp';
try { fs.mkdirSync(dir); } catch (e) {}
function frames(tag, e) {
  console.log(tag, e && e.code);
  console.log(new Error().stack.split('\n').slice(3).join('\n'));
}
var steps = [
  function (n) { fs.readFile(dir + '/nope', function (e) { frames('readFile open error', e); n(); }); },
  function (n) { fs.readFile(dir, function (e) { frames('readFile read error', e); n(); }); },
  function (n) { fs.writeFile(dir + '/nope/x', 'x', function (e) { frames('writeFile open error', e); n(); }); },
  function (n) { fs.appendFile(dir + '/nope/x', 'x', function (e) { frames('appendFile open error', e); n(); }); },
  function (n) { fs.createReadStream(dir + '/nope').on('error', function (e) { frames('ReadStream open error', e); n(); }); },
  function (n) { fs.createReadStream(dir).on('error', function (e) { frames('ReadStream read error', e); n(); }); },
  function (n) { fs.createWriteStream(dir + '/nope/x').on('error', function (e) { frames('WriteStream open error', e); n(); }); },
  function (n) {
    var w = fs.watch(dir, function () { if (w) { w.close(); w = null; frames('fs.watch change'); n(); } });
    fs.writeFileSync(dir + '/touched', 'x');
  },
  function (n) {
    var file = dir + '/polled';
    fs.writeFileSync(file, 'a');
    var seen = false;
    fs.watchFile(file, { interval: 20 }, function () {
      if (seen) return;
      seen = true;
      fs.unwatchFile(file);
      frames('fs.watchFile change');
      n();
    });
    // Until the poller sees a change (whenever it took its first look).
    (function touch(k) {
      if (seen) return;
      fs.writeFileSync(file, new Array(k + 3).join('b'));
      setTimeout(function () { touch(k + 1); }, 100);
    })(0);
  }
];
var i = 0;
(function next() {
  if (i < steps.length) return steps[i++](next);
  fs.unlinkSync(dir + '/touched');
  fs.unlinkSync(dir + '/polled');
  fs.rmdirSync(dir);
})();
