// A program out of descriptors (EMFILE) still prints, requires core modules and has its
// fatal error reported (src/spare-fd.ts), as under node 0.10.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { n10Bin, oracleBin, tree } from './helpers';

const PROGRAM = `
var fs = require('fs'), fds = [];
for (;;) { try { fds.push(fs.openSync(__filename, 'r')); } catch (e) { if (e.code !== 'EMFILE') throw e; break; } }
console.log('out of descriptors', fds.length > 50);
var zlib = require('zlib');
console.log(typeof zlib.createGzip, typeof require('child_process').spawn);
if (process.argv[2] === 'throw') throw new Error('fatal while out of descriptors');
fds.forEach(function (fd) { fs.closeSync(fd); });
console.log('closed');
`;

// Runs argv under a limit of 128 descriptors; stdout is a pipe.
function limited(argv: string[]): { stdout: string; stderr: string; code: number | null } {
  const r = spawnSync('sh', ['-c', 'ulimit -n 128 && exec "$@"', 'sh', ...argv], { encoding: 'utf8', input: '' });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

test('process.stdout and require(core module) when the process has no descriptor left (EMFILE): as node 0.10', (t) => {
  const dir = tree({ 'program.js': PROGRAM });
  try {
    const file = path.join(dir, 'program.js');
    const mine = limited([process.execPath, n10Bin, file]);
    const theirs = limited([oracleBin, file]);
    t.is(mine.stdout, 'out of descriptors true\nfunction function\nclosed\n');
    t.is(mine.stdout, theirs.stdout);
    t.is(mine.code, theirs.code);
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
});

test('an uncaught exception while out of descriptors is reported on stderr, exit code 8 (process.stderr made then)', (t) => {
  const dir = tree({ 'program.js': PROGRAM });
  try {
    const mine = limited([process.execPath, n10Bin, path.join(dir, 'program.js'), 'throw']);
    t.is(mine.code, 8);
    t.regex(mine.stderr, /^Error: fatal while out of descriptors$/m);
    t.is(mine.stdout, 'out of descriptors true\nfunction function\n');
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
});
