// Programs and test tools patch the loader: every require goes through Module._load.
var M = require('module');
var seen = [];
var orig = M._load;
M._load = function (request, parent) {
  seen.push(request);
  if (request === 'virtual-thing') return { virtual: true };
  return orig.apply(this, arguments);
};
console.log(JSON.stringify(require('virtual-thing')));
require('./fixtures/order/a');
console.log(seen);
M._load = orig;
var origResolve = M._resolveFilename;
M._resolveFilename = function (request, parent) {
  if (request === 'alias-a') request = './fixtures/order/a';
  return origResolve.call(this, request, parent);
};
console.log(require('alias-a'));
M._resolveFilename = origResolve;
var proto = M.prototype.require;
M.prototype.require = function (id) { return id === 'hooked' ? 'via prototype' : proto.apply(this, arguments); };
console.log(require('hooked'));
M.prototype.require = proto;
