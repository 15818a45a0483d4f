// setInterval repeats until clearInterval; clearInterval inside the callback stops it;
// clearTimeout on an interval stops it too; clear* of other values does nothing.
var n = 0, m = 0;
var iv = setInterval(function () {
  n++;
  if (n === 4) {
    clearInterval(iv);
    console.log('interval ran', n);
  }
}, 2);
var iv2 = setInterval(function () {
  m++;
  clearTimeout(iv2);
  console.log('cleared with clearTimeout after', m);
}, 3);
clearTimeout(null); clearTimeout(undefined); clearTimeout({}); clearTimeout(5);
clearInterval(null); clearInterval({}); clearImmediate(null); clearImmediate(undefined);
console.log('cleared nothing');
