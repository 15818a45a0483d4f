// child_process.spawn(command, [args], [options]) as 0.10 read its arguments.
import process from '@n10/process';
import { ChildProcess, type ChildProcessInstance } from './child-process';
import type { StdioSpec } from './stdio';
import { SITES, sited } from './throw-sites';

export interface SpawnOptions {
  cwd?: string | null;
  /** Default: process.env. Every value is written as String(value) ('null', 'undefined'…). */
  env?: Record<string, unknown> | null;
  stdio?: StdioSpec;
  /** Deprecated: [stdin, stdout, stderr] descriptors, -1 for a new pipe (when no stdio). */
  customFds?: number[];
  detached?: boolean;
  uid?: number;
  gid?: number;
}

/** How old V8 named a value in "has no method" errors. */
function describe(x: unknown): string {
  if (x !== null && typeof x === 'object') {
    const ctor = (x as { constructor?: { name?: string } }).constructor;
    return '#<' + ((ctor && ctor.name) || 'Object') + '>';
  }
  return String(x);
}

function isInt32(x: unknown): x is number {
  return typeof x === 'number' && (x | 0) === x;
}

export function envPairs(env: Record<string, unknown>): string[] {
  const pairs: string[] = [];
  // for-in, as 0.10: inherited enumerable keys count too.
  for (const key in env) pairs.push(key + '=' + env[key]);
  return pairs;
}

/**
 * A program spawned as "node" (found on PATH) had process.argv[0] "node" in 0.10. When that
 * is n10's launcher (a shell script, which cannot see the name it was called by), the n10
 * runtime reads the name from N10_ARGV0 and removes it from the child's environment.
 */
function withArgv0(file: string, args: string[], pairs: string[]): string[] {
  // By name, or as the command a shell runs (exec('node x.js') is /bin/sh -c 'node x.js').
  const shell = (file === '/bin/sh' || file === 'sh') && args[1] === '-c' && /^\s*node(\s|$)/.test(args[2] || '');
  if (file === 'node' || shell) pairs.push('N10_ARGV0=node');
  return pairs;
}

export function spawn(command: string, args?: ReadonlyArray<unknown> | null, options?: SpawnOptions | null): ChildProcessInstance {
  const file = command;
  // args, copied, with the program name first, as 0.10 did it: `args.slice(0)`, then
  // `unshift(file)` (what has no such method fails there, with V8 3.14's message).
  let list = [] as unknown as { unshift?: unknown };
  if (args) {
    const given = args as unknown as { slice?: unknown };
    if (typeof given.slice !== 'function') throw sited(new TypeError('Object ' + describe(args) + " has no method 'slice'"), SITES.argsSlice);
    list = (given.slice as (n: number) => { unshift?: unknown })(0);
  }
  if (list === null || list === undefined || typeof list.unshift !== 'function') throw sited(new TypeError('Object ' + describe(list) + " has no method 'unshift'"), SITES.argsUnshift);
  (list.unshift as (x: unknown) => void)(file);
  const fullArgs = Array.prototype.map.call(list, String) as string[];
  const opts = options || null;
  const env = (opts && opts.env) || process.env;
  if (opts && opts.customFds && !opts.stdio) {
    // 0.10 wrote the translation into the caller's options.
    opts.stdio = opts.customFds.map((fd) => (fd === -1 ? 'pipe' : fd));
  }
  const child = new ChildProcess();
  child.spawn({
    file,
    args: fullArgs,
    cwd: opts && typeof opts.cwd === 'string' && opts.cwd ? opts.cwd : undefined,
    envPairs: withArgv0(file, fullArgs, envPairs(env as Record<string, unknown>)),
    stdio: opts ? opts.stdio : undefined,
    detached: !!(opts && opts.detached),
    uid: opts && isInt32(opts.uid) ? opts.uid : undefined,
    gid: opts && isInt32(opts.gid) ? opts.gid : undefined,
  });
  return child;
}
