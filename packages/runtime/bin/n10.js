#!/usr/bin/env node
// n10: run a Node.js v0.10 program on the @n10 packages.
// The runtime's own modules compile through a V8 code cache (src/code-cache.ts).
require('../dist/code-cache.js').install();
require('../dist/cli.js');
