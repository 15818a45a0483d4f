// The `stdio` option of spawn(), as 0.10 read it: a string shorthand or an array whose
// entry i says what the child's descriptor i is. Each entry becomes what the binding's
// Process.spawn takes, plus what the ChildProcess shows for it (a socket over a pipe, or null).
//
//   undefined/null  'pipe' for 0-2, 'ignore' from 3 on
//   'pipe', or a negative number    a new pipe (a net.Socket on the parent's side)
//   'ignore'        /dev/null (the binding leaves it to libuv)
//   'ipc'           the IPC channel (at most one); the child learns its number from NODE_CHANNEL_FD
//   a number, or an object with a numeric `fd` (process.stdout)   that descriptor, shared
//   a handle, or an object with one as `handle`/`_handle` (a net.Socket)   that stream, shared
// 'inherit' is a shorthand for the whole option only ([0, 1, 2]); inside an array it is an
// error, as it was in 0.10.19.
import type { Pipe, StdioOption, StreamHandle } from '@n10/binding';
import { binding } from './native';
import { SITES, sited } from './throw-sites';

export type StdioSpec = string | ReadonlyArray<unknown> | null | undefined;

/** One normalized entry: what to ask the binding for, and the pipe it creates, if any. */
export interface StdioEntry {
  option: StdioOption;
  /** The parent's end of a 'pipe' or 'ipc' entry. */
  pipe?: Pipe;
  ipc?: boolean;
}

export interface NormalizedStdio {
  entries: StdioEntry[];
  /** The child's descriptor number of the IPC channel, or -1. */
  ipcFd: number;
  ipc?: Pipe;
}

function isStreamHandle(x: unknown): x is StreamHandle {
  const b = binding();
  return x instanceof b.TCP || x instanceof b.Pipe || x instanceof b.TTY;
}

/**
 * One entry of the `stdio` array, added to `acc`: 0.10's stdio.reduce callback (its frame, a
 * function without a name, stands between what it threw and ChildProcess#spawn). Pipes are
 * created here; a bad entry closes those made before it, then throws.
 */
export function stdioEntry(acc: NormalizedStdio, spec: unknown, i: number): NormalizedStdio {
  const b = binding();
  if (spec === null || spec === undefined) spec = i < 3 ? 'pipe' : 'ignore';
  if (spec === 'ignore') {
    acc.entries.push({ option: { type: 'ignore' } });
  } else if (spec === 'pipe' || (typeof spec === 'number' && spec < 0)) {
    const pipe = new b.Pipe(false);
    acc.entries.push({ option: { type: 'pipe', handle: pipe }, pipe });
  } else if (spec === 'ipc') {
    if (acc.ipc) {
      closePipes(acc);
      throw sited(new Error('Child process can have only one IPC pipe'), SITES.twoIpc);
    }
    const pipe = new b.Pipe(true);
    acc.ipc = pipe;
    acc.ipcFd = i;
    acc.entries.push({ option: { type: 'pipe', handle: pipe }, pipe, ipc: true });
  } else if (typeof spec === 'number') {
    acc.entries.push({ option: { type: 'fd', fd: spec } });
  } else {
    const o = (spec && typeof spec === 'object' ? spec : {}) as { fd?: unknown; handle?: unknown; _handle?: unknown };
    const handle = isStreamHandle(o) ? o : isStreamHandle(o.handle) ? o.handle : isStreamHandle(o._handle) ? o._handle : null;
    if (typeof o.fd === 'number') {
      acc.entries.push({ option: { type: 'fd', fd: o.fd } });
    } else if (handle) {
      acc.entries.push({ option: { type: 'wrap', handle } });
    } else {
      closePipes(acc);
      throw sited(new TypeError('Incorrect value for stdio stream: ' + String(spec)), SITES.stdioStream);
    }
  }
  return acc;
}

export function closePipes(stdio: NormalizedStdio): void {
  for (const e of stdio.entries) if (e.pipe) e.pipe.close();
}
