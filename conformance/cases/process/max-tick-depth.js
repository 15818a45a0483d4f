// process.maxTickDepth: recursive nextTick yields to the loop every maxTickDepth
// generations (0.10's spinner), one generation batch per turn. The warning goes to stderr.
var n = 0;
var seen = [];
process.maxTickDepth = 10;
console.log(process.maxTickDepth);
function f() { n++; if (n < 100) process.nextTick(f); }
process.nextTick(f);
setImmediate(function () {
  seen.push('immediate at ' + n);
  setImmediate(function () {
    seen.push('immediate2 at ' + n);
    setImmediate(function () {
      seen.push('immediate3 at ' + n);
      console.log(seen.join('\n'));
    });
  });
});
