// The oracle: node v0.10.19, through the repository's tools/node010.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');
export const ORACLE = path.join(root, 'tools/node010');
export const CASES = path.join(root, 'conformance/cases/stream');

/** Runs a program file (or source, written to a temporary file) on node 0.10; its stdout. */
export function runOracleFile(file: string): string {
  return execFileSync(ORACLE, [file], { cwd: path.dirname(file), encoding: 'utf8', timeout: 30_000 });
}

export function runOracle(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-stream-'));
  const file = path.join(dir, 'program.js');
  fs.writeFileSync(file, source);
  try {
    return runOracleFile(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function caseFiles(): string[] {
  return fs
    .readdirSync(CASES)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => path.join(CASES, f));
}
