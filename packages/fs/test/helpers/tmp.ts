// Test helpers: a scratch directory per test file (host fs, removed after the file's tests),
// callback-to-promise adapters for 0.10-style calls, and a loosely typed view of the module
// for calls with deliberately wrong arguments.
import * as hostFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import test from 'ava';
import fs from '@n10/fs';

/** A fresh directory under the OS temp dir, removed (recursively) after the file's tests. */
export function scratch(name: string): string {
  const dir = hostFs.mkdtempSync(path.join(os.tmpdir(), `n10-fs-${name}-`));
  test.after.always(() => {
    hostFs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** Calls a 0.10-style async function and resolves with every argument its callback got. */
export function callback(fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<unknown[]> {
  return new Promise((resolve) => {
    (fn as (...a: unknown[]) => unknown)(...args, (...result: unknown[]) => resolve(result));
  });
}

/** The module with every member callable with anything (bad-argument tests). */
export const loose = fs as unknown as Record<string, (...args: unknown[]) => unknown>;

/** An fs error's observable parts. */
export interface ErrorShape {
  name: string;
  message: string;
  keys: string[];
  errno?: unknown;
  code?: unknown;
  path?: unknown;
  syscall?: unknown;
}

export function shape(e: unknown): ErrorShape {
  const err = e as Error & Record<string, unknown>;
  const s: ErrorShape = { name: err.name, message: err.message, keys: Object.keys(err) };
  for (const k of ['errno', 'code', 'path', 'syscall'] as const) if (k in err) s[k] = err[k];
  return s;
}

export { fs, hostFs, path };
