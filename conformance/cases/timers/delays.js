// Delays outside [1, 2^31-1] (and non-numbers) become 1 ms; extra arguments are passed on;
// `this` is the timer.
var results = [];
var delays = [0, -5, 1.5, '3', 'x', null, undefined, NaN, Infinity, 2147483648, true, [2]];
delays.forEach(function (d, k) {
  var t = setTimeout(function () {}, d);
  results.push(JSON.stringify(d) + ' -> ' + t._idleTimeout);
  clearTimeout(t);
});
console.log(results.join('\n'));
var timer = setTimeout(function (a, b) {
  console.log('args', a, b, arguments.length, this === timer);
  var iv = setInterval(function (c) {
    console.log('interval', c, arguments.length, this === iv);
    clearInterval(iv);
    imm = setImmediate(function (x, y, z) {
      console.log('immediate', x, y, z, arguments.length, this === imm);
    }, 1, 2, 3);
  }, 1, 'c');
}, 1, 'a', 'b');
var imm;
