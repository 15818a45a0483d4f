// The face of every core module: keys, function names (or their absence), nesting.
var util = require('util');
['events', 'util', 'assert', 'console', 'buffer', 'string_decoder', 'stream', 'path', 'url', 'querystring', 'punycode', 'vm', 'module'].forEach(function (name) {
  var m = require(name);
  console.log('== ' + name, typeof m);
  console.log(util.inspect(m, { depth: 0 }));
  if (typeof m === 'function') console.log(Object.keys(m.prototype));
});
