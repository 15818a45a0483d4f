#!/usr/bin/env node
// `npm run pack:check`: the `npm i @n10/<x>` story, proven for every package.
//
// Packs each workspace package with `npm pack`, then installs each tarball alone into a fresh
// temporary project whose only other @n10 source is its siblings' tarballs (npm overrides),
// and there: require()s it, import()s it, checks that every file its package.json points at
// (main, module, types, bin, every exports target) was packed. A missing `files` entry, a
// wrong exports map or an undeclared dependency fails here.
//   npm run pack:check [-- pkg…] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const wanted = argv.filter((a) => !a.startsWith('--'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-pack-'));
const tarballs = path.join(work, 'tarballs');
fs.mkdirSync(tarballs);

const packages = fs
  .readdirSync(path.join(root, 'packages'))
  .sort()
  .map((d) => ({ dir: path.join(root, 'packages', d), pkg: JSON.parse(fs.readFileSync(path.join(root, 'packages', d, 'package.json'), 'utf8')) }))
  .filter((p) => !p.pkg.private);

// 1. Pack everything (siblings are needed even when checking one package).
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--workspaces', '--pack-destination', tarballs, '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  }),
);
const tarballOf = new Map(packed.map((p) => [p.name, path.join(tarballs, p.filename)]));
const overrides = Object.fromEntries([...tarballOf].map(([name, file]) => [name, `file:${file}`]));

function targets(exportsField) {
  if (typeof exportsField === 'string') return [exportsField];
  if (!exportsField || typeof exportsField !== 'object') return [];
  return Object.entries(exportsField).flatMap(([cond, v]) => (cond === 'n10-source' ? [] : targets(v)));
}

function check(p) {
  const name = p.pkg.name;
  const proj = path.join(work, name.replace('/', '__'));
  fs.mkdirSync(proj);
  const siblings = Object.fromEntries(Object.entries(overrides).filter(([n]) => n !== name));
  const manifest = {
    name: 'pack-check',
    private: true,
    dependencies: { [name]: overrides[name] },
    overrides: siblings,
    allowScripts: { '@n10/binding': true },
  };
  fs.writeFileSync(path.join(proj, 'package.json'), JSON.stringify(manifest, null, 2));
  const problems = [];
  const install = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'],
    { cwd: proj, encoding: 'utf8' },
  );
  if (install.status !== 0) return [`npm install failed:\n${install.stderr.trim().split('\n').slice(-12).join('\n')}`];

  const installed = path.join(proj, 'node_modules', name);
  const meta = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const files = [meta.main, meta.module, meta.types, ...Object.values(typeof meta.bin === 'string' ? { x: meta.bin } : meta.bin || {}), ...targets(meta.exports)];
  for (const f of new Set(files.filter(Boolean))) {
    if (!fs.existsSync(path.join(installed, f))) problems.push(`${f} is referenced by package.json but was not packed`);
  }
  for (const dep of Object.keys(meta.dependencies || {})) {
    if (dep.startsWith('@n10/') && !tarballOf.has(dep)) problems.push(`depends on ${dep}, which is not a package here`);
  }

  const load = (code, type) => spawnSync(process.execPath, [...(type ? ['--input-type=module'] : []), '-e', code], { cwd: proj, encoding: 'utf8' });
  if (meta.name === '@n10/runtime') {
    const r = spawnSync(path.join(proj, 'node_modules/.bin/n10'), ['-p', '1+1'], { cwd: proj, encoding: 'utf8' });
    if (r.stdout.trim() !== '2') problems.push(`n10 -p 1+1 printed ${JSON.stringify(r.stdout)}; stderr: ${r.stderr.trim().split('\n').slice(0, 6).join('\n')}`);
  } else {
    const cjs = load(`const m = require(${JSON.stringify(name)}); if (m === undefined || m === null) throw new Error('require gave ' + m);`);
    if (cjs.status !== 0) problems.push(`require failed:\n${cjs.stderr.trim().split('\n').slice(0, 8).join('\n')}`);
    const esm = load(`await import(${JSON.stringify(name)});`, true);
    if (esm.status !== 0) problems.push(`import failed:\n${esm.stderr.trim().split('\n').slice(0, 8).join('\n')}`);
  }
  return problems;
}

let failed = 0;
for (const p of packages) {
  if (wanted.length && !wanted.includes(p.pkg.name) && !wanted.includes(p.pkg.name.replace('@n10/', ''))) continue;
  const problems = check(p);
  failed += problems.length ? 1 : 0;
  console.log(`${problems.length ? '✗' : '✔'} ${p.pkg.name}`);
  for (const pr of problems) console.log(`    ${pr.replace(/\n/g, '\n    ')}`);
}
if (!keep) fs.rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);
process.exit(failed ? 1 : 0);
