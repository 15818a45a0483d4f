// Names and declared parameter counts (fn.name, fn.length) of Buffer's and SlowBuffer's
// functions, and of domain's bound and intercepted callbacks, as node 0.10 had them.
var B = Buffer, S = require('buffer').SlowBuffer;
function show(label, o) {
  Object.getOwnPropertyNames(o).sort().forEach(function (k) {
    var d = Object.getOwnPropertyDescriptor(o, k);
    if (typeof d.value === 'function' && k !== 'constructor' && !(label === 'SlowBuffer.prototype' && k === 'fill')) console.log(label + '.' + k, JSON.stringify(d.value.name), d.value.length);
  });
}
show('Buffer', B); show('Buffer.prototype', B.prototype); show('SlowBuffer', S); show('SlowBuffer.prototype', S.prototype);
var d = require('domain').create();
var b = d.bind(function (a, b) {}), ic = d.intercept(function (a, b) {});
console.log(JSON.stringify(b.name), b.length, JSON.stringify(ic.name), ic.length, require('util').inspect(b));
