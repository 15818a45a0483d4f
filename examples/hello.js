// n10 examples/hello.js — the smallest Node 0.10 program.
console.log('Hello from %s (%s), pid is a %s', process.version, process.versions.n10 ? 'n10' : 'node', typeof process.pid);
