console.log(Object.keys(global));
console.log(global === GLOBAL, global === root, typeof process, typeof Buffer, typeof console);
console.log(typeof setTimeout, typeof setImmediate, typeof clearImmediate);
console.log(typeof window, typeof fetch, typeof URL, typeof TextEncoder, typeof structuredClone, typeof queueMicrotask, typeof atob);
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(process.version, typeof process.versions.node, process.versions.node);
