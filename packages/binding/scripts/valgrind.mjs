#!/usr/bin/env node
// npm run test:valgrind: builds the addon and dist/, then runs test/valgrind/smoke.js (every
// handle type, request and query once; every crypto and zlib class and function, sync and on
// the thread pool; a worker torn down with handles and crypto/zlib work in flight; exit with
// handles and native objects open) under valgrind, failing on any memory error. Takes one to
// two minutes.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: pkg, stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
};

if (spawnSync('valgrind', ['--version']).error) {
  console.error('test:valgrind: valgrind is not installed');
  process.exit(1);
}
if (run(process.execPath, [join(pkg, 'scripts', 'build-addon.mjs'), '--if-missing']) !== 0) process.exit(1);
if (run('npx', ['tsup', '--silent']) !== 0) process.exit(1);

const status = run('valgrind', [
  '--error-exitcode=1',
  '--quiet',
  '--leak-check=no', // V8 and node keep their heaps until exit: leaks are not what this looks for
  '--track-origins=yes',
  '--suppressions=' + join(pkg, 'test', 'valgrind', 'v8.supp'),
  process.execPath,
  join(pkg, 'test', 'valgrind', 'smoke.js'),
]);
console.log(status === 0 ? 'test:valgrind: no memory errors' : 'test:valgrind: valgrind reported errors (exit ' + status + ')');
process.exit(status);
