// runtime-only: random programs whose output rests on the runtime too (function names, frames).
// Random on/once/removeListener/removeAllListeners/emit/listeners/setMaxListeners sequences,
// listeners acting re-entrantly, newListener/removeListener watchers (seeded xorshift): the same
// log as node 0.10's.
[4, 7, 21].forEach(function (SEED) {
  (function () {
    var EE = require('events').EventEmitter;
    var seed = SEED;
    function rnd() { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 4294967296; }
    function pick(a) { return a[Math.floor(rnd() * a.length)]; }
    var e = new EE(), log = [], fns = [];
    function mk(i) { var f = function (a, b) { log.push('L' + i + '(' + [].slice.call(arguments).join(',') + ')'); if (rnd() < 0.15) act(); }; f.id = i; return f; }
    for (var i = 0; i < 8; i++) fns.push(mk(i));
    if (rnd() < 0.5) e.on('newListener', function (t, l) { log.push('new ' + t + ' ' + (l.id !== undefined ? l.id : l.listener ? 'g' + l.listener.id : '?')); });
    if (rnd() < 0.5) e.on('removeListener', function (t, l) { log.push('rm ' + t + ' ' + (l.id !== undefined ? l.id : l.listener ? 'g' + l.listener.id : '?')); });
    var depth = 0;
    function act() {
      if (depth > 3) return; depth++;
      var t = pick(['a', 'b', 'c']), f = pick(fns);
      try {
        switch (pick(['on', 'on', 'once', 'once', 'off', 'offAll', 'emit', 'emit', 'emit', 'listeners', 'max', 'count'])) {
          case 'on': e.on(t, f); log.push('on ' + t + ' ' + f.id); break;
          case 'once': e.once(t, f); log.push('once ' + t + ' ' + f.id); break;
          case 'off': e.removeListener(t, f); log.push('off ' + t + ' ' + f.id); break;
          case 'offAll': if (rnd() < 0.3) { e.removeAllListeners(); log.push('offAll'); } else { e.removeAllListeners(t); log.push('offAll ' + t); } break;
          case 'emit': log.push('emit ' + t + ' -> ' + e.emit(t, 1, 'x')); break;
          case 'listeners': log.push('listeners ' + t + ' ' + e.listeners(t).map(function (l) { return l.id !== undefined ? l.id : 'g' + (l.listener && l.listener.id); }).join(',') + ' ' + EE.listenerCount(e, t)); break;
          case 'max': e.setMaxListeners(pick([0, 1, 2, 10])); log.push('max'); break;
          case 'count': log.push('keys ' + Object.keys(e._events).sort().join(',')); break;
        }
      } catch (er) { log.push('threw ' + er.message); }
      depth--;
    }
    for (var k = 0; k < 120; k++) act();
    console.log(log.join('\n'));

  })();
});
