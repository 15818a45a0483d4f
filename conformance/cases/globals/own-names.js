// The global object's own property names, sorted, less what only the host engine has
// (later-standard builtins): no name of n10's shows.
var later = ['AggregateError', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'FinalizationRegistry', 'Map', 'Promise', 'Proxy', 'Reflect', 'Set', 'SharedArrayBuffer', 'Symbol', 'WeakMap', 'WeakRef', 'WeakSet', 'globalThis'];
console.log(Object.getOwnPropertyNames(global).filter(function (n) { return later.indexOf(n) < 0; }).sort().join(' '));
