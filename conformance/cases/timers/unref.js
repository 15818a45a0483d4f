// unref(): the timer no longer keeps the process alive; ref() undoes it. An unref'd timer
// still fires while something else keeps the loop going.
var out = [];
var t1 = setTimeout(function () { out.push('unref timer fired (loop kept alive by t2)'); }, 5);
t1.unref();
var t2 = setTimeout(function () {
  out.push('t2');
  var t3 = setTimeout(function () { out.push('t3 must not fire'); }, 50);
  t3.unref();
  var t4 = setTimeout(function () { out.push('t4 (unref then ref)'); }, 10);
  t4.unref();
  t4.ref();
}, 20);
var iv = setInterval(function () { out.push('unref interval must not fire'); }, 1000);
iv.unref();
process.on('exit', function () { console.log(out.join('\n')); });
