// The process object's hot members, in each runtime: n10 (the n10 executable, @n10/process
// over the binding), node 20 (the host's), node 0.10 (the oracle). Ratios are n10 ÷ other.
function processOf() {
  return process;
}

exports.contenders = {
  n10: { runtime: 'n10', load: processOf },
  'node 20': { runtime: 'host', load: processOf },
  'node 0.10': { runtime: 'oracle', load: processOf }
};

var sink = 0;

exports.cases = {
  'nextTick ×100 per turn': function (p) {
    return function (n, done) {
      var rounds = Math.max(1, Math.round(n / 100));
      var left = 0;
      function tick() { if (--left === 0) next(); }
      function next() {
        if (rounds-- === 0) return done();
        left = 100;
        setImmediate(function () { for (var i = 0; i < 100; i++) p.nextTick(tick); });
      }
      next();
    };
  },
  'hrtime()': function (p) {
    return function (n) { for (var i = 0; i < n; i++) sink += p.hrtime()[1] & 1; };
  },
  'hrtime(previous)': function (p) {
    var start = p.hrtime();
    return function (n) { for (var i = 0; i < n; i++) sink += p.hrtime(start)[1] & 1; };
  },
  'env read': function (p) {
    return function (n) { for (var i = 0; i < n; i++) sink += p.env.PATH.length & 1; };
  },
  'memoryUsage()': function (p) {
    return function (n) { for (var i = 0; i < n; i++) sink += p.memoryUsage().rss & 1; };
  },
  'cwd()': function (p) {
    return function (n) { for (var i = 0; i < n; i++) sink += p.cwd().length & 1; };
  }
};
