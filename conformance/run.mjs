#!/usr/bin/env node
// Differential conformance: every conformance/cases/<module>/<name>.js is a small Node 0.10
// program that prints what it observes. It runs under the oracle (real node v0.10.19) and
// under n10; stdout and the exit code must be identical.
//
//   npm run conformance                      all cases
//   npm run conformance -- buffer stream     some modules
//   npm run conformance -- buffer/inspect    one case
//   options: --jobs N, --json FILE, --verbose (also print identical cases)
//
// A case may have siblings: <name>.stdin (fed to stdin), <name>.args (JSON array of argv).
// Only files directly in cases/<module>/ are cases; sub-folders hold fixtures.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const casesDir = path.join(here, 'cases');
const oracle = path.join(root, 'tools/node010');
const n10 = path.join(root, 'packages/runtime/bin/n10.js');
const TIMEOUT_MS = 30_000;

const argv = process.argv.slice(2);
const opts = { jobs: Math.max(2, os.cpus().length * 2), json: null, verbose: false, filters: [] };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--jobs') opts.jobs = Number(argv[++i]);
  else if (a === '--json') opts.json = argv[++i];
  else if (a === '--verbose' || a === '-v') opts.verbose = true;
  else opts.filters.push(a.replace(/\.js$/, ''));
}

function listCases() {
  const out = [];
  for (const mod of fs.readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, mod);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith('.js') || !fs.statSync(path.join(dir, f)).isFile()) continue;
      const name = f.slice(0, -3);
      const id = `${mod}/${name}`;
      if (opts.filters.length && !opts.filters.some((x) => x === mod || x === id)) continue;
      out.push({ mod, name, id, dir, file: path.join(dir, f) });
    }
  }
  return out;
}

function run(cmd, args, c) {
  return new Promise((resolve) => {
    const stdinFile = path.join(c.dir, `${c.name}.stdin`);
    const argsFile = path.join(c.dir, `${c.name}.args`);
    const extra = fs.existsSync(argsFile) ? JSON.parse(fs.readFileSync(argsFile, 'utf8')) : [];
    const child = spawn(cmd, [...args, c.file, ...extra], {
      cwd: c.dir,
      env: { ...process.env, NODE_PATH: '', NODE_DISABLE_COLORS: '1' },
      stdio: [fs.existsSync(stdinFile) ? fs.openSync(stdinFile, 'r') : 'ignore', 'pipe', 'pipe'],
    });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: signal ? `signal ${signal}` : code,
      });
    });
  });
}

function diff(a, b) {
  // A small line diff (LCS) — enough to read which lines moved or changed.
  const x = a.split('\n');
  const y = b.split('\n');
  if (x.length * y.length > 4e6) return `  (outputs too long to diff: ${x.length} vs ${y.length} lines)`;
  const m = x.length;
  const n = y.length;
  const L = Array.from({ length: m + 1 }, () => new Int32Array(n + 1));
  for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) L[i][j] = x[i] === y[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && x[i] === y[j]) { lines.push(`   ${x[i]}`); i++; j++; }
    else if (j < n && (i >= m || L[i][j + 1] >= L[i + 1][j])) { lines.push(` + ${y[j]}`); j++; }
    else { lines.push(` - ${x[i]}`); i++; }
  }
  // Keep changed lines with two lines of context.
  const keep = new Set();
  lines.forEach((l, k) => { if (l[1] !== ' ') for (let d = -2; d <= 2; d++) keep.add(k + d); });
  const shown = [];
  let last = -1;
  lines.forEach((l, k) => {
    if (!keep.has(k)) return;
    if (last >= 0 && k > last + 1) shown.push('   …');
    shown.push(l);
    last = k;
  });
  return shown.join('\n');
}

async function pool(items, jobs, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) {
      const k = next++;
      results[k] = await fn(items[k]);
    }
  }));
  return results;
}

const cases = listCases();
if (!cases.length) {
  console.error('no conformance cases match', opts.filters.join(' '));
  process.exit(1);
}
async function compare(c) {
  const [want, got] = await Promise.all([run(oracle, [], c), run(process.execPath, [n10], c)]);
  // A case that node 0.10 cannot even parse compares equal to any runtime that fails too.
  const broken = want.code !== 0 && new RegExp(`^${c.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+\\n[^]*?\\nSyntaxError`, 'm').test(want.stderr);
  const same = !broken && want.stdout === got.stdout && want.code === got.code;
  if (broken) want.stdout = '(the case does not parse under node 0.10)\n' + want.stdout;
  return { ...c, same, want, got };
}

const results = await pool(cases, opts.jobs, compare);
// A case that differed runs once more, alone: cases with I/O race against a loaded machine
// (and some against node 0.10's own thread pool). Identical then, it passes, and is named.
const secondRuns = [];
for (let k = 0; k < results.length; k++) {
  if (results[k].same || results[k].want.stdout.startsWith('(the case does not parse')) continue;
  const again = await compare(cases[k]);
  if (again.same) secondRuns.push(again.id);
  results[k] = again;
}

const byModule = new Map();
for (const r of results) {
  if (!byModule.has(r.mod)) byModule.set(r.mod, []);
  byModule.get(r.mod).push(r);
}
console.log('\nmodule            cases  identical  differing');
let differing = 0;
for (const [mod, rs] of byModule) {
  const bad = rs.filter((r) => !r.same).length;
  differing += bad;
  console.log(`${mod.padEnd(16)} ${String(rs.length).padStart(6)} ${String(rs.length - bad).padStart(10)} ${String(bad).padStart(10)}`);
}
console.log(`${'total'.padEnd(16)} ${String(results.length).padStart(6)} ${String(results.length - differing).padStart(10)} ${String(differing).padStart(10)}\n`);
if (secondRuns.length) console.log(`identical on a second run (timing-sensitive under load): ${secondRuns.join(', ')}\n`);

for (const r of results) {
  if (r.same && !opts.verbose) continue;
  console.log(`${r.same ? '=' : '✗'} ${r.id}`);
  if (r.same) continue;
  if (r.want.code !== r.got.code) console.log(`  exit code: node 0.10 ${r.want.code}, n10 ${r.got.code}`);
  if (r.want.stdout !== r.got.stdout) console.log(`  stdout (- node 0.10, + n10):\n${diff(r.want.stdout, r.got.stdout)}`);
  if (r.got.stderr) console.log(`  n10 stderr:\n${r.got.stderr.split('\n').slice(0, 12).map((l) => '    ' + l).join('\n')}`);
  console.log('');
}
if (opts.json) {
  fs.writeFileSync(opts.json, JSON.stringify(results.map(({ id, same, want, got }) => ({ id, same, want, got })), null, 2));
}
process.exit(differing ? 1 : 0);
