// Timers throughput: setTimeout, setImmediate and nextTick as a program uses them, each
// contender in its own runtime: n10 (the n10 executable: @n10/timers on the binding's Timer
// and Check handles), node 20 (the host's timers), node 0.10 (the oracle).
// Ratios are n10 ÷ other (>1: n10 faster).
function globalsOf() {
  return { setTimeout: setTimeout, clearTimeout: clearTimeout, setImmediate: setImmediate, nextTick: process.nextTick };
}

exports.contenders = {
  n10: { runtime: 'n10', load: globalsOf },
  'node 20': { runtime: 'host', load: globalsOf },
  'node 0.10': { runtime: 'oracle', load: globalsOf }
};

exports.cases = {
  // n timers of one duration, all pending at once (one list, one handle in 0.10 and n10).
  'setTimeout(fn, 1) ×n, all pending': function (t) {
    return function (n, done) {
      var left = n;
      function fire() { if (--left === 0) done(); }
      for (var i = 0; i < n; i++) t.setTimeout(fire, 1);
    };
  },
  // Made and cleared at once: the cost of list insertion and removal.
  'setTimeout + clearTimeout': function (t) {
    return function (n) {
      for (var i = 0; i < n; i++) t.clearTimeout(t.setTimeout(fire, 1000));
    };
    function fire() {}
  },
  // One immediate after another (each made by the previous one's callback).
  'setImmediate chain': function (t) {
    return function (n, done) {
      var left = n;
      function step() { if (--left === 0) done(); else t.setImmediate(step); }
      t.setImmediate(step);
    };
  },
  // n ticks queued at once (one generation: no recursion warning).
  'nextTick ×n': function (t) {
    return function (n, done) {
      var left = n;
      function tick() { if (--left === 0) done(); }
      t.setImmediate(function () {
        for (var i = 0; i < n; i++) t.nextTick(tick);
      });
    };
  }
};
