// runtime-only: random programs whose output rests on the runtime too (function names, frames).
// process.nextTick and setImmediate scheduled at random, nested, from an I/O callback (seeded
// xorshift): the same order as node 0.10's.
var seed = 9;
function rnd() { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 4294967296; }
var log = [], n = 0;
function schedule(depth) {
  var id = n++;
  var kind = Math.floor(rnd() * 2);
  var fn = function () {
    log.push(['tick', 'imm', 'timeout'][kind] + id);
    var k = Math.floor(rnd() * 3);
    if (depth < 4) for (var i = 0; i < k; i++) schedule(depth + 1);
  };
  if (kind === 0) process.nextTick(fn);
  else if (kind === 1) setImmediate(fn);
  else setTimeout(fn, 0);
}
require('fs').stat(__filename, function () {
  for (var i = 0; i < 4; i++) schedule(0);
});
process.on('exit', function () { console.log(log.join(' ')); });
