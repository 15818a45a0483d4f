import type { ExecutionContext } from 'ava';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(__dirname, '../../..');
export const n10Bin = path.resolve(__dirname, '../bin/n10.js');
export const oracleBin = path.join(root, 'tools/node010');

export interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

function result(r: SpawnSyncReturns<string>): Run {
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

export function n10(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): Run {
  return result(
    spawnSync(process.execPath, [n10Bin, ...args], {
      cwd: opts.cwd,
      input: opts.input ?? '',
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: '', ...opts.env },
    }),
  );
}

export function oracle(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): Run {
  return result(
    spawnSync(oracleBin, args, {
      cwd: opts.cwd,
      input: opts.input ?? '',
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: '', ...opts.env },
    }),
  );
}

/** A temp directory holding the given files (paths relative to it). */
export function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-rt-'));
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}

/** Asserts that `n10 -e program` prints to stdout what node 0.10 prints (and that it prints). */
export function sameAsOracle(t: ExecutionContext, program: string, env?: Record<string, string>): void {
  const mine = n10(['-e', program], { env });
  t.is(mine.stdout, oracle(['-e', program], { env }).stdout);
  t.not(mine.stdout, '');
}

/** Runs `program` from a file (program.js in a temp directory) under n10 and under node 0.10. */
export function runFileBoth(program: string): { mine: Run; theirs: Run } {
  const dir = tree({ 'program.js': program });
  try {
    const file = path.join(dir, 'program.js');
    return { mine: n10([file]), theirs: oracle([file]) };
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

/** A conformance case (conformance/cases/<rel>) run in place under n10 and under node 0.10. */
export function runCaseBoth(rel: string): { mine: Run; theirs: Run } {
  const file = path.join(root, 'conformance/cases', rel);
  return { mine: n10([file]), theirs: oracle([file]) };
}
