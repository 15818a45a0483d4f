// runtime-only: random programs whose output rests on the runtime too (function names, frames).
// Random sequences of push/read/pause/resume/pipe/unpipe/unshift/setEncoding/write/end on a
// Readable piped to a Writable and a Transform, object mode and highWaterMark varied (seeded
// xorshift; each step on the next tick or turn): the same event log as node 0.10's.
var stream = require('stream');
var seed = 17;
function rnd() { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 4294967296; }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
var log = [];
function L() { log.push([].slice.call(arguments).join(' ')); }
function show(x) { return x === null ? 'null' : x === undefined ? 'undef' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : typeof x === 'object' ? JSON.stringify(x) : String(x); }
var objectMode = rnd() < 0.3;
var hwm = pick([undefined, 0, 1, 3, 16]);
var r = new stream.Readable({ objectMode: objectMode, highWaterMark: hwm });
var pending = 0;
r._read = function (n) { L('_read', objectMode ? '' : n); pending++; };
var events = ['readable', 'data', 'end', 'close', 'error', 'pause', 'resume'];
events.forEach(function (e) { if (rnd() < 0.5 || e === 'end') r.on(e, function (x) { L('r.' + e, e === 'data' ? show(x) : ''); }); });
var w = new stream.Writable({ objectMode: objectMode, highWaterMark: pick([undefined, 0, 2, 5]), decodeStrings: rnd() < 0.7 });
var wcbs = [];
w._write = function (chunk, enc, cb) { L('_write', show(chunk), enc); if (rnd() < 0.5) cb(); else wcbs.push(cb); };
['drain', 'finish', 'pipe', 'unpipe', 'error', 'close'].forEach(function (e) { w.on(e, function () { L('w.' + e); }); });
var t = new stream.Transform({ objectMode: objectMode });
t._transform = function (c, e, cb) { L('_transform', show(c)); var self = this; if (rnd() < 0.5) { this.push(c); cb(); } else setImmediate(function () { self.push(c); cb(); }); };
t._flush = function (cb) { L('_flush'); cb(); };
['data', 'end', 'finish', 'readable'].forEach(function (e) { if (rnd() < 0.5 || e !== 'readable') t.on(e, function (x) { L('t.' + e, e === 'data' ? show(x) : ''); }); });
var ended = false, n = 0;
function finish(rounds) {
  while (wcbs.length) wcbs.shift()();
  if (rounds > 0) setImmediate(function () { finish(rounds - 1); });
}
function step(i) {
  if (i >= 40) return setImmediate(function () { finish(5); });
  var op = pick(['push', 'push', 'push', 'read', 'read', 'pause', 'resume', 'pipe', 'unpipe', 'setEnc', 'unshift', 'wcb', 'wcb', 'write', 'end', 'tpipe', 'tick']);
  try {
    switch (op) {
      case 'push': if (!ended) { var v = objectMode ? pick([0, '', false, 'o' + n++, { k: n }]) : 'c' + (n++); L('push', show(v), '->', r.push(v)); } break;
      case 'read': var arg = pick([undefined, 0, 1, 2, 5, 100]); L('read', arg, '->', show(r.read(arg))); break;
      case 'pause': L('pause', show(r.pause() === r)); break;
      case 'resume': L('resume', show(r.resume() === r)); break;
      case 'pipe': L('pipe'); r.pipe(w, { end: rnd() < 0.5 }); break;
      case 'tpipe': L('tpipe'); r.pipe(t); break;
      case 'unpipe': L('unpipe'); r.unpipe(pick([w, t, undefined])); break;
      case 'setEnc': if (!objectMode) { L('setEncoding'); r.setEncoding(pick(['utf8', 'hex'])); } break;
      case 'unshift': if (!ended) { var u = objectMode ? 'u' + n++ : 'u' + n++; L('unshift', u); r.unshift(u); } break;
      case 'wcb': if (wcbs.length) { L('wcb'); wcbs.shift()(); } break;
      case 'write': L('write ->', w.write(objectMode ? { w: n++ } : 'w' + n++, function () { L('write cb'); })); break;
      case 'end': if (rnd() < 0.3) { ended = true; L('push null', r.push(null)); } break;
      case 'tick': L('tick'); break;
    }
  } catch (e) { L('threw', e.message); }
  if (rnd() < 0.5) process.nextTick(function () { step(i + 1); }); else setImmediate(function () { step(i + 1); });
}
step(0);
process.on('exit', function () { console.log(log.join('\n')); });
