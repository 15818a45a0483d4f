// The default maxTickDepth (1000): 1005 recursive ticks, the last 5 after a turn of the loop.
var n = 0;
function f() { n++; if (n < 1005) process.nextTick(f); }
process.nextTick(f);
setImmediate(function () { console.log('immediate at', n, process.maxTickDepth); });
