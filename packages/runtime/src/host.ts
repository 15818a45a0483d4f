// What the runtime takes from the host node, captured at start-up before the program's
// global object is scrubbed of host globals (see globals.ts).
//
// Two parts:
// - the engine: V8 script compilation (`vm`), the one host facility the runtime keeps for
//   good (DESIGN.md, "Layers": the runtime's script compiler), and the host process
//   hooks that the loop's end and uncaught exceptions arrive through;
// - BOOTSTRAP (temporary, to be replaced by @n10/binding — issue 7): file reads for the
//   module loader, stdout/stderr writes, argv/env/cwd/exit. Nothing outside this file
//   touches the host for these; when the binding lands, only this file changes.
import * as hostVm from 'node:vm';
import * as hostFs from 'node:fs';
import * as hostOs from 'node:os';
import * as hostV8 from 'node:v8';
import * as hostTty from 'node:tty';
import * as hostTimers from 'node:timers';
import { format as hostFormat } from 'node:util';

// Captured now: after the scrub, the global names refer to the program's objects.
const HostBuffer = Buffer;

export const vm = hostVm;

type HostProcess = NodeJS.Process;
export const hostProcess: HostProcess = process;

/** The host process's hooks, kept after `process` is removed from the global object. */
export const host = {
  argv: hostProcess.argv.slice(),
  execArgv: hostProcess.execArgv.slice(),
  execPath: hostProcess.execPath,
  pid: hostProcess.pid,
  arch: hostProcess.arch,
  platform: hostProcess.platform,
  env: hostProcess.env,
  homedir: hostOs.homedir(),
  on: hostProcess.on.bind(hostProcess) as HostProcess['on'],
  exit: (code: number): never => (hostProcess as unknown as { reallyExit(code: number): never }).reallyExit(code),
  cwd: () => hostProcess.cwd(),
  chdir: (dir: string) => hostProcess.chdir(dir),
  hrtime: hostProcess.hrtime.bind(hostProcess),
  writeStdout: (s: string) => writeFd(1, s),
  writeStderr: (s: string) => writeFd(2, s),
  stdinIsTTY: () => hostTty.isatty(0),
  /** BOOTSTRAP: host timers until @n10/timers runs on the binding's Timer handles. */
  timers: {
    setTimeout: hostTimers.setTimeout,
    setInterval: hostTimers.setInterval,
    clearTimeout: hostTimers.clearTimeout,
    clearInterval: hostTimers.clearInterval,
    setImmediate: hostTimers.setImmediate,
    clearImmediate: hostTimers.clearImmediate,
  } as Record<string, unknown>,
  /** BOOTSTRAP: a console for the time before @n10/console is built. */
  bootstrapConsole(out: { write(s: string): unknown }, err: { write(s: string): unknown }, format: (...args: unknown[]) => string = hostFormat) {
    const line = (stream: { write(s: string): unknown }) => (...args: unknown[]) => {
      stream.write(format(...args) + '\n');
    };
    return { log: line(out), info: line(out), error: line(err), warn: line(err) };
  },
};

/** V8 options given on the command line (--harmony, --stack-size, …). */
export function setV8Flags(flags: string[]): void {
  for (const f of flags) hostV8.setFlagsFromString(f);
}

/** `--expose-gc`: V8 only creates `gc` in contexts made after the flag is set. */
export function exposeGc(): () => void {
  hostV8.setFlagsFromString('--expose-gc');
  return hostVm.runInNewContext('gc') as () => void;
}

/** BOOTSTRAP: a program piped to stdin (`n10 < app.js`). */
export function readStdinSync(): string {
  try {
    return hostFs.readFileSync(0, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return '';
    throw e;
  }
}

export type FileKind = 'file' | 'dir' | null;

/** BOOTSTRAP: the module loader's file-system needs. */
export const moduleFs = {
  kind(p: string): FileKind {
    try {
      const st = hostFs.statSync(p, { throwIfNoEntry: false });
      if (!st) return null;
      return st.isDirectory() ? 'dir' : 'file';
    } catch {
      return null;
    }
  },
  readFile(p: string): string {
    return hostFs.readFileSync(p, 'utf8');
  },
  realpath(p: string): string {
    return hostFs.realpathSync(p);
  },
};

/**
 * BOOTSTRAP writer: synchronous writes to fd 1 and 2 until process.stdout/stderr come
 * from the binding. Retries EAGAIN (a non-blocking pipe that is full) rather than lose data.
 */
export function writeFd(fd: 1 | 2, text: string): void {
  let buf = HostBuffer.from(text, 'utf8');
  while (buf.length) {
    try {
      const n = hostFs.writeSync(fd, buf);
      buf = buf.subarray(n);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

/** Dynamic-library loading for `.node` addons (0.10's process.dlopen). */
export function dlopen(module: { exports: unknown }, filename: string): void {
  hostProcess.dlopen(module, filename);
}
