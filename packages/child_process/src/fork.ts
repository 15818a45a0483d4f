// child_process.fork(modulePath, [args], [options]): a node program with an IPC channel.
//
// As 0.10: runs options.execPath (default process.execPath: under n10 that is n10 itself)
// with options.execArgv (default process.execArgv), the module and args; stdio is the
// parent's (or pipes with `silent`), plus 'ipc' as descriptor 3; any `stdio` option is
// ignored. env, cwd as for spawn.
import process from '@n10/process';
import type { ChildProcessInstance } from './child-process';
import { spawn, type SpawnOptions } from './spawn';

export interface ForkOptions extends SpawnOptions {
  execPath?: string;
  execArgv?: string[];
  silent?: boolean;
  encoding?: string;
}

export function fork(modulePath: string, args?: ReadonlyArray<unknown> | ForkOptions | null, options?: ForkOptions | null): ChildProcessInstance {
  let argv: unknown[];
  let opts: ForkOptions;
  if (Array.isArray(args)) {
    argv = args.slice();
    opts = Object.assign({}, options);
  } else {
    argv = [];
    opts = Object.assign({}, args as ForkOptions | null | undefined);
  }
  const execArgv = opts.execArgv || process.execArgv;
  const execPath = opts.execPath || process.execPath;
  opts.stdio = opts.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  return spawn(execPath, [...execArgv, modulePath, ...argv], opts);
}
