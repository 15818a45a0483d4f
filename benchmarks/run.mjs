#!/usr/bin/env node
// Benchmark harness: `npm run bench [-- name…] [--rounds N] [--ms M] [--json FILE]`.
//
// A benchmark is benchmarks/<name>.bench.js (ES5, so it also runs under node 0.10):
//   exports.contenders = { label: { runtime: 'host'|'oracle'|'n10', load: function () {…} } }
//   exports.cases = { 'case': function (impl, label) { return function (n) {…} } }
// (a case function may return null when a contender cannot run it, or a function (n, done)
// for async work). Or a command benchmark, timing whole processes:
//   exports.commands = { label: ['n10', '-e', '0'] }   // first word: host | oracle | n10 | a program
//
// Each contender runs in a fresh process of its runtime, contenders alternate within each
// round (so drift on the machine hits all of them alike); the table shows the median over
// rounds of each contender's ops/s, the min–max, and the ratio to the n10 contender.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const runtimes = {
  host: [process.execPath],
  oracle: [path.join(root, 'tools/node010')],
  n10: [process.execPath, path.join(root, 'packages/runtime/bin/n10.js')],
};

const argv = process.argv.slice(2);
const opts = { rounds: 5, ms: 200, json: null, names: [] };
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--rounds') opts.rounds = Number(argv[++i]);
  else if (argv[i] === '--ms') opts.ms = Number(argv[++i]);
  else if (argv[i] === '--json') opts.json = argv[++i];
  else opts.names.push(argv[i]);
}

const files = fs.readdirSync(here).filter((f) => f.endsWith('.bench.js')).sort()
  .filter((f) => !opts.names.length || opts.names.some((n) => f === `${n}.bench.js` || f.startsWith(`${n}`)));
if (!files.length) {
  console.error('no benchmark matches', opts.names.join(' '));
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(x < 10 ? 2 : 0));

function runContender(file, label, spec) {
  const [cmd, ...pre] = runtimes[spec.runtime || 'host'];
  const r = spawnSync(cmd, [...pre, path.join(here, 'lib/child.js'), path.join(here, file), label, String(opts.ms), '1'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const line = (r.stdout || '').trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return { error: (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(0, 6).join('\n') };
  }
}

function runCommand(argv0) {
  const [word, ...rest] = argv0;
  const [cmd, ...pre] = runtimes[word] || [word];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, [...pre, ...rest], { cwd: root, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return r.status === 0 ? ms : NaN;
}

const report = {};
for (const file of files) {
  const bench = (await import(path.join(here, file))).default;
  if (typeof bench.prepare === "function") bench.prepare();
  const name = file.replace(/\.bench\.js$/, '');
  const table = {}; // case -> label -> samples
  if (bench.commands) {
    const labels = Object.keys(bench.commands);
    const per = Math.max(3, Math.round(opts.ms / 20));
    for (let round = 0; round < opts.rounds; round++) {
      const order = round % 2 ? [...labels].reverse() : labels;
      for (const label of order) {
        const times = [];
        for (let k = 0; k < per; k++) times.push(runCommand(bench.commands[label]));
        (table['wall ms'] ??= {})[label] ??= [];
        table['wall ms'][label].push(median(times));
      }
    }
    printTable(name, table, labels, 'ms (lower is better)', true);
  } else {
    const labels = Object.keys(bench.contenders);
    const errors = {};
    for (let round = 0; round < opts.rounds; round++) {
      const order = round % 2 ? [...labels].reverse() : labels;
      for (const label of order) {
        const res = runContender(file, label, bench.contenders[label]);
        if (res.error) { errors[label] = res.error; continue; }
        for (const [c, v] of Object.entries(res)) ((table[c] ??= {})[label] ??= []).push(...v);
      }
    }
    printTable(name, table, labels, 'ops/s (higher is better)', false);
    for (const [label, e] of Object.entries(errors)) console.log(`  ${label} failed:\n    ${e.replace(/\n/g, '\n    ')}`);
  }
  report[name] = Object.fromEntries(Object.entries(table).map(([c, byLabel]) => [c,
    Object.fromEntries(Object.entries(byLabel).map(([l, xs]) => [l, { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), samples: xs }]))]));
}
if (opts.json) fs.writeFileSync(opts.json, JSON.stringify(report, null, 2));

function printTable(name, table, labels, unit, lowerIsBetter) {
  const base = labels.find((l) => l === 'n10') ?? labels[0];
  console.log(`\n${name} — ${unit}; ratio = n10 ÷ other${lowerIsBetter ? ' time inverted' : ''}, >1 means n10 is faster`);
  const caseW = Math.max(12, ...Object.keys(table).map((c) => c.length));
  console.log(`${''.padEnd(caseW)}  ${labels.map((l) => l.padStart(26)).join('')}`);
  for (const [c, byLabel] of Object.entries(table)) {
    const ref = byLabel[base] ? median(byLabel[base]) : NaN;
    const cells = labels.map((l) => {
      const xs = byLabel[l];
      if (!xs || !xs.length) return '—'.padStart(26);
      const m = median(xs);
      const ratio = lowerIsBetter ? m / ref : ref / m;
      const r = l === base ? '' : ` ×${ratio.toFixed(2)}`;
      return `${fmt(m)} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})${r}`.padStart(26);
    });
    console.log(`${c.padEnd(caseW)}  ${cells.join('')}`);
  }
}
