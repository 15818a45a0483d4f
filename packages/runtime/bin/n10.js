#!/usr/bin/env node
// n10: run a Node.js v0.10 program on the @n10 packages.
require('../dist/cli.js');
