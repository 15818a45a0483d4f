#!/usr/bin/env node
// n10: run a Node.js v0.10 program on the @n10 packages.
// The host's `performance` global loads node's perf_hooks when first read (a millisecond of
// start-up): under n10 nothing needs it (the binding has the clock, and @n10/process reads the
// global only without one) and the program never sees it (host globals are removed).
Object.defineProperty(globalThis, 'performance', { value: undefined, writable: true, configurable: true });
// The runtime's own modules compile through a V8 code cache (src/code-cache.ts).
require('../dist/code-cache.js').install();
require('../dist/cli.js');
