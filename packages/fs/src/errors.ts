// Errors and callbacks as node 0.10's fs made them.
//
// - A failed uv call: the binding's error becomes 0.10's (uvException from @n10/binding):
//   async "ENOENT, open '/x'" {errno: 34, code, path}; sync "ENOENT, no such file or
//   directory '/x'" {errno, code, path, syscall}.
// - A missing callback: 0.10 did not throw. The error (if any) is printed on stderr as
//   "fs: missing callback <stack>" (or thrown with --throw-deprecation, traced with
//   --trace-deprecation, silent with --no-deprecation), as 0.10.19's rethrow() did.
import { uvException } from '@n10/binding';
import type { BindingError, UVException } from '@n10/binding';
import process from '@n10/process';

export type FsError = UVException | Error;
export type Callback<T = void> = (err: FsError | null, result?: T) => void;
/** What the binding layer calls back with: (err) on failure, (null[, result]) otherwise. */
export type NativeCallback = (...args: unknown[]) => void;

/** The async form: "<CODE>, <syscall>[ '<path>']" with errno, code, path. */
export function asyncError(err: BindingError, path?: string): UVException {
  const where = path === undefined ? err.path : path;
  return emptyPath(uvException(err, err.syscall || '', where), where);
}

/** The sync form: "<CODE>, <description>[ '<path>']" with errno, code, path, syscall. */
export function syncError(err: BindingError, path?: string): UVException {
  const where = path === undefined ? err.path : path;
  return emptyPath(uvException(err, err.syscall || '', where, { sync: true }), where);
}

/** An empty path is a path in 0.10: "ENOENT, stat ''" with path '' (between code and syscall). */
function emptyPath(e: UVException, path: string | undefined): UVException {
  if (path !== '') return e;
  const syscall = e.syscall;
  delete e.syscall;
  e.message += " ''";
  e.path = '';
  if (syscall !== undefined) e.syscall = syscall;
  return e;
}

/** Only errors from the binding's uv calls carry a negative errno and a code; anything
 * else (a TypeError about an argument) passes through untouched. */
export function isBindingError(e: unknown): e is BindingError {
  return e instanceof Error && typeof (e as BindingError).errno === 'number' && typeof (e as BindingError).code === 'string';
}

interface DeprecationFlags {
  throwDeprecation?: boolean;
  noDeprecation?: boolean;
  traceDeprecation?: boolean;
}

interface ConsoleLike {
  error(...args: unknown[]): void;
  trace(...args: unknown[]): void;
}

function missingCallback(err?: unknown): void {
  if (!err) return;
  const flags = process as unknown as DeprecationFlags;
  // Forgot a callback but don't know where? 0.10 said: use NODE_DEBUG=fs.
  if (flags.throwDeprecation) throw err;
  if (flags.noDeprecation) return;
  const e = err as Error;
  const msg = 'fs: missing callback ' + (e.stack || e.message);
  // The program's console, looked up when needed: it may have been replaced.
  const con = (globalThis as { console?: ConsoleLike }).console;
  if (!con) return;
  if (flags.traceDeprecation) con.trace(msg);
  else con.error(msg);
}

/** 0.10's rethrow(): the callback used when the caller gave none. */
export function rethrow(): NativeCallback {
  return missingCallback;
}

/** 0.10's makeCallback: the callback itself, called without a receiver; rethrow() when the
 * argument is not a function. */
export function makeCallback(cb: unknown): NativeCallback {
  if (typeof cb !== 'function') return rethrow();
  return function (this: unknown) {
    // eslint-disable-next-line prefer-rest-params
    return (cb as Function).apply(null, arguments);
  };
}

/** 0.10's maybeCallback: the function itself, or rethrow(). */
export function maybeCallback(cb: unknown): NativeCallback {
  return typeof cb === 'function' ? (cb as NativeCallback) : rethrow();
}
