#!/usr/bin/env node
// Builds build/Release/n10_binding.node with node-gyp against the running node's own headers.
//
// npm 11 no longer honours a `nodedir` npmrc key, so the header directory is computed here:
// the prefix above the running node's include/node (process.execPath /usr/bin/node → /usr).
// Never downloads headers: without them locally the build fails and says so.
//
//   node scripts/build-addon.mjs            node-gyp rebuild (the package's `build` script)
//   node scripts/build-addon.mjs --if-missing   build only when no addon exists yet (`install`)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const addon = join(pkg, 'build', 'Release', 'n10_binding.node');

if (process.argv.includes('--if-missing') && existsSync(addon)) process.exit(0);

function nodedir() {
  const candidates = [];
  if (process.env.N10_NODEDIR) candidates.push(process.env.N10_NODEDIR);
  // <prefix>/bin/node → <prefix>; also the symlink-resolved binary's prefix.
  candidates.push(resolve(dirname(process.execPath), '..'));
  for (const dir of candidates) {
    if (existsSync(join(dir, 'include', 'node', 'node_api.h')) && existsSync(join(dir, 'include', 'node', 'common.gypi'))) return dir;
  }
  console.error(
    `@n10/binding: no node headers next to ${process.execPath} (looked in ${candidates.map((d) => join(d, 'include/node')).join(', ')}).\n` +
      'Install them (e.g. the nodejs headers package) or set N10_NODEDIR to a directory with include/node.',
  );
  process.exit(1);
}

function nodeGyp() {
  // The workspace's node-gyp (root devDependency), else npm's own (npm sets npm_config_node_gyp
  // for lifecycle scripts), else one on PATH.
  try {
    return [process.execPath, createRequire(join(pkg, 'package.json')).resolve('node-gyp/bin/node-gyp.js')];
  } catch {}
  if (process.env.npm_config_node_gyp) return [process.execPath, process.env.npm_config_node_gyp];
  return ['node-gyp'];
}

const [cmd, ...pre] = nodeGyp();
const args = [...pre, 'rebuild', `--nodedir=${nodedir()}`, '--loglevel=warn', '--jobs=max'];
// make's progress lines go to stdout: kept quiet unless the build fails (warnings and errors
// are on stderr, which passes through).
const r = spawnSync(cmd, args, { cwd: pkg, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
if (r.error) {
  console.error(`@n10/binding: could not run node-gyp: ${r.error.message}`);
  process.exit(1);
}
if (r.status !== 0) process.stdout.write(r.stdout ?? '');
else console.log(`@n10/binding: built ${addon}`);
process.exit(r.status ?? 1);
