// Differential runs of the conformance cases (conformance/cases/<module>/*.js): each case
// under the oracle (real node 0.10) and under the host node with util/events/assert/console
// replaced by n10's sources (host-shim.cjs). Used by the *.node.test.ts of the four packages.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
const oracle = process.env.N10_ORACLE || path.resolve(root, 'tools/node010');
const shim = path.join(__dirname, 'host-shim.cjs');

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number | null;
}

// Cases that do I/O (or use domains) need the whole runtime: `npm run conformance` runs them
// under n10; here, on the host with only the portable packages swapped in, they would compare
// the host's fs/net/… with node 0.10's. So do cases built on conformance/lib's helpers (they
// run children of process.execPath), and cases marked `runtime-only:` (what they print rests on
// engine behaviour the runtime supplies: function names, Date strings, stack frames).
const needsRuntime = /require\(['"](?:fs|net|dns|dgram|child_process|cluster|http|https|tls|zlib|tty|os|readline|repl|domain|\.\.\/\.\.\/lib\/[\w-]+)['"]\)|^\/\/ runtime-only:/m;

export function caseFiles(module: string): string[] {
  const dir = path.join(root, 'conformance/cases', module);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => path.join(dir, f))
    .filter((file) => !needsRuntime.test(fs.readFileSync(file, 'utf8')));
}

function run(cmd: string, args: string[], file: string): Outcome {
  const r = spawnSync(cmd, [...args, path.basename(file)], {
    cwd: path.dirname(file),
    encoding: 'utf8',
    env: { ...process.env, NODE_DISABLE_COLORS: '1', NODE_OPTIONS: '' },
    timeout: 60_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

export function runOracle(file: string): Outcome {
  return run(oracle, [], file);
}

export function runN10FromSource(file: string): Outcome {
  return run(process.execPath, ['--require', 'tsx/cjs', '--conditions=n10-source', '--require', shim], file);
}

/** Runs an ES5 snippet (`node -e`) under the oracle and on n10's sources, with extra env. */
export function runSnippetBoth(code: string, env: Record<string, string> = {}): { oracle: Outcome; n10: Outcome } {
  const options = {
    encoding: 'utf8' as const,
    env: { ...process.env, NODE_DISABLE_COLORS: '1', NODE_OPTIONS: '', ...env },
    timeout: 60_000,
  };
  const oracleRun = spawnSync(oracle, ['-e', code], options);
  const n10Run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '--conditions=n10-source', '--require', shim, '-e', code], options);
  return {
    oracle: { stdout: oracleRun.stdout, stderr: oracleRun.stderr, code: oracleRun.status },
    n10: { stdout: n10Run.stdout, stderr: n10Run.stderr, code: n10Run.status },
  };
}
