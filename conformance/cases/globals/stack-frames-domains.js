// Once the domain module is loaded, 0.10 drained process.nextTick callbacks with
// process._tickDomainCallback: its stacks name that frame.
require('domain');
process.nextTick(function () {
  var lines = new Error('n').stack.split('\n').slice(0, 3);
  console.log(lines.map(function (l) { return l.replace(/\((?:[^()]*\/)?([^\/()]+?):\d+:\d+\)$/, '($1)').replace(/at (?:[^ ]*\/)?([^\/ ]+?):\d+:\d+$/, 'at $1'); }).join('\n'));
});
