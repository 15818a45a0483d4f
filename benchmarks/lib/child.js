// Runs one contender of one benchmark file in this process and prints its results as JSON.
// Written in ES5 so that it runs unchanged under node 0.10 (the oracle), n10 and the host.
//   <runtime> child.js <bench file> <contender> <min ms per sample> <samples>
var path = require('path');
var file = path.resolve(process.argv[2]);
var contenderName = process.argv[3];
var minMs = Number(process.argv[4]) || 200;
var samples = Number(process.argv[5]) || 1;
var bench = require(file);
var contender = bench.contenders[contenderName];

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

// Calibrates a batch size so one batch takes about minMs, then takes `samples` timings.
function measureSync(fn) {
  var n = 1;
  var t0, dt;
  for (;;) {
    t0 = now();
    fn(n);
    dt = now() - t0;
    if (dt >= minMs / 4 || n > 1e9) break;
    n *= dt < 1 ? 16 : 2;
  }
  n = Math.max(1, Math.round(n * minMs / Math.max(dt, 0.001)));
  var best = [];
  for (var s = 0; s < samples; s++) {
    t0 = now();
    fn(n);
    best.push(n / ((now() - t0) / 1e3));
  }
  return best;
}

// Async cases take (n, done) and call done() after n operations.
function measureAsync(fn, cb) {
  var n = 1;
  var out = [];
  function calibrate() {
    var t0 = now();
    fn(n, function () {
      var dt = now() - t0;
      if (dt < minMs / 4 && n < 1e9) {
        n *= dt < 1 ? 16 : 2;
        return calibrate();
      }
      n = Math.max(1, Math.round(n * minMs / Math.max(dt, 0.001)));
      sample();
    });
  }
  function sample() {
    if (out.length === samples) return cb(out);
    var t0 = now();
    fn(n, function () {
      out.push(n / ((now() - t0) / 1e3));
      sample();
    });
  }
  calibrate();
}

var impl = contender.load ? contender.load() : undefined;
var names = Object.keys(bench.cases).filter(function (c) {
  return !contender.cases || contender.cases.indexOf(c) >= 0;
});
var results = {};
var k = 0;
function nextCase() {
  if (k === names.length) {
    process.stdout.write(JSON.stringify(results) + '\n');
    return;
  }
  var name = names[k++];
  var made = bench.cases[name](impl, contenderName);
  if (!made) return nextCase(); // this contender cannot run this case
  if (made.length >= 2) {
    measureAsync(made, function (r) {
      results[name] = r;
      nextCase();
    });
  } else {
    results[name] = measureSync(made);
    nextCase();
  }
}
nextCase();
