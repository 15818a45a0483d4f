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

/** The array an option string stands for; 0.10's TypeError for any other string or non-array. */
function expand(stdio: StdioSpec): ReadonlyArray<unknown> {
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
        return ['ignore', 'ignore', 'ignore'];
      case 'pipe':
        return ['pipe', 'pipe', 'pipe'];
      case 'inherit':
        return [0, 1, 2];
      default:
        throw sited(new TypeError('Incorrect value of stdio option: ' + stdio), SITES.stdioString);
    }
  }
  // Anything else that is neither a string nor an array (5, true, {}, a function): the same
  // TypeError, before any pipe is made.
  if (!Array.isArray(stdio)) throw sited(new TypeError('Incorrect value of stdio option: ' + String(stdio)), SITES.stdioOther);
  return stdio;
}

type Padded = unknown[] & ReadonlyArray<unknown>;

/** Everything `stdio` asks for; pipes are created here (closed again if an entry is bad). */
export function normalizeStdio(stdio: StdioSpec): NormalizedStdio {
  // The caller's own array grows to three entries, as it did in 0.10.
  const specs = expand(stdio) as Padded;
  while (specs.length < 3) specs.push(undefined);
  const out: NormalizedStdio = { entries: [], ipcFd: -1 };
  try {
    specs.forEach((spec, i) => out.entries.push(entryFor(spec, i, out)));
  } catch (e) {
    closePipes(out);
    throw e;
  }
  return out;
}

function entryFor(spec: unknown, i: number, out: NormalizedStdio): StdioEntry {
  const b = binding();
  if (spec === null || spec === undefined) spec = i < 3 ? 'pipe' : 'ignore';
  if (spec === 'ignore') return { option: { type: 'ignore' } };
  if (spec === 'pipe' || (typeof spec === 'number' && spec < 0)) {
    const pipe = new b.Pipe(false);
    return { option: { type: 'pipe', handle: pipe }, pipe };
  }
  if (spec === 'ipc') {
    if (out.ipc) throw sited(new Error('Child process can have only one IPC pipe'), SITES.twoIpc);
    const pipe = new b.Pipe(true);
    out.ipc = pipe;
    out.ipcFd = i;
    return { option: { type: 'pipe', handle: pipe }, pipe, ipc: true };
  }
  if (typeof spec === 'number') return { option: { type: 'fd', fd: spec } };
  if (spec && typeof spec === 'object') {
    const o = spec as { fd?: unknown; handle?: unknown; _handle?: unknown };
    if (typeof o.fd === 'number') return { option: { type: 'fd', fd: o.fd } };
    const handle = isStreamHandle(o) ? o : isStreamHandle(o.handle) ? o.handle : isStreamHandle(o._handle) ? o._handle : null;
    if (handle) return { option: { type: 'wrap', handle } };
  }
  throw sited(new TypeError('Incorrect value for stdio stream: ' + String(spec)), SITES.stdioStream);
}

export function closePipes(stdio: NormalizedStdio): void {
  for (const e of stdio.entries) if (e.pipe) e.pipe.close();
}
