// A tick queued by the main module runs from Module.runMain: with the default
// Error.stackTraceLimit (10), a deep stack still reaches down to it (no frame of n10's own in
// between takes one of the ten).
function depth(n) { return n === 0 ? new Error('deep').stack : depth(n - 1); }
function lines(stack) { return stack.split('\n').slice(1).map(function (l) { return l.replace(/\/[^ ]*\//, ''); }); }
process.nextTick(function () {
  var frames = lines(depth(6));
  console.log(frames.length + ' frames');
  console.log(frames.slice(-3).join('\n'));
});
