// Test helpers for differential tests: run a script under the oracle (node v0.10.19), a program
// under the n10 executable and the oracle alike, and deterministic inputs.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ORACLE = process.env.N10_ORACLE || path.resolve(__dirname, 'node010');

// 0.10's JSON.stringify leaves lone surrogates raw and stdout would mangle them, so the
// oracle side escapes every non-ASCII unit; JSON.parse reads the escapes back exactly.
const PRELUDE = `function escapeJson(s) {
  return s.replace(/[\\u007f-\\uffff]/g, function (c) { return '\\\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
}
`;

/**
 * Runs `script` under node 0.10; the script reads `input` (as JSON) from the file named by
 * `process.argv[1]` and prints JSON. Returns that JSON.
 */
export function runOracle(script: string, input: unknown, cwd?: string): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-oracle-'));
  try {
    const file = path.join(dir, 'input.json');
    fs.writeFileSync(file, JSON.stringify(input));
    const out = execFileSync(ORACLE, ['-e', PRELUDE + script, file], { maxBuffer: 1 << 28, cwd });
    return JSON.parse(out.toString('utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `program` (a main.js in a directory of its own) under the n10 executable (the built
 * runtime) and under node 0.10; returns each one's stdout.
 */
export function n10AndOracle(program: string): { mine: string; theirs: string } {
  const n10 = path.resolve(__dirname, '../packages/runtime/bin/n10.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-both-'));
  const file = path.join(dir, 'main.js');
  fs.writeFileSync(file, program);
  try {
    const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', timeout: 60000 }).stdout;
    return { mine: run(process.execPath, [n10, file]), theirs: run(ORACLE, [file]) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A seeded PRNG (mulberry32): the same inputs on every run. */
export function prng(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` strings of up to `maxPieces` pieces drawn from `alphabet`. */
export function randomStrings(count: number, alphabet: readonly string[], maxPieces: number, seed: number): string[] {
  const random = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const pieces = Math.floor(random() * maxPieces);
    let s = '';
    for (let j = 0; j < pieces; j++) s += alphabet[Math.floor(random() * alphabet.length)];
    out.push(s);
  }
  return out;
}
