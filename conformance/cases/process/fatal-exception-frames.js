// The stack of an 'uncaughtException' listener and of a domain's 'error' handler (and of its
// parent's, when the inner handler throws): 0.10's process._fatalException frame, called from C++.
var domain = require('domain');
process.on('uncaughtException', function (e) {
  console.log(e.message, new Error('listener').stack.split('\n').slice(1).join('|'));
});
var outer = domain.create();
outer.on('error', function (e) { console.log(e.message, new Error('outer').stack.split('\n').slice(1).join('|')); });
outer.run(function () {
  var inner = domain.create();
  inner.on('error', function (e) { console.log(e.message, new Error('inner').stack.split('\n').slice(1).join('|')); throw new Error('from inner'); });
  inner.run(function () { setTimeout(function () { throw new Error('first'); }, 1); });
});
setTimeout(function () { throw new Error('no domain'); }, 5);
