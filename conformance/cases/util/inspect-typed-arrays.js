// util.inspect of typed arrays, ArrayBuffers and DataViews: node 0.10 implemented them in
// C++ with every index, method and field an own enumerable property, and printed them all.
var util = require('util');
console.log(util.inspect(new Uint8Array([1, 2, 3])));
console.log(util.inspect(new Int16Array(0)));
console.log(util.inspect(new Float32Array([1.5, -2])));
console.log(util.inspect(new Float64Array([0.1])));
console.log(util.inspect(new Int8Array([-1, 127])));
console.log(util.inspect(new Uint32Array([4294967295]), { depth: 0 }));
console.log(util.inspect(new Uint8Array([9, 8, 7]).subarray(1)));
console.log(util.inspect(new ArrayBuffer(3)));
console.log(util.inspect(new ArrayBuffer(0)));
console.log(util.inspect(new DataView(new Uint8Array([5, 6, 7, 8]).buffer, 1, 2)));
var u = new Uint16Array(new ArrayBuffer(8), 2, 2);
u.foo = 'bar';
u.self = u;
console.log(util.inspect(u));
console.log(util.inspect({ a: { b: new Uint8Array(1) } }));
console.log(util.inspect({ a: { b: { c: new Uint8Array(1) } } }));
console.log(util.inspect([new Uint8Array(1)]));
console.log(util.inspect(new Uint8Array(1), { colors: true }));
console.log(new Uint8Array(30));
