// The program's `process`: @n10/process, wired to this process.
//
// BOOTSTRAP (until issue 7's binding-backed @n10/process): argv/env/cwd/exit come from the
// host hooks captured in host.ts, stdout/stderr are the bootstrap writer. The shape and
// the exit/uncaught-exception policy here are 0.10's and stay when the binding lands.
import baseProcess from '@n10/process';
import { host, writeFd } from './host';
import type { N10Module } from './module';

export interface BootstrapStream {
  write(chunk: unknown, encoding?: unknown, cb?: unknown): boolean;
  isTTY?: boolean;
  fd: number;
  writable: boolean;
  _isStdio: boolean;
  destroySoon?(): void;
  end?(): void;
  on?(...args: unknown[]): unknown;
}

interface Emitter {
  emit(event: string, ...args: unknown[]): boolean;
  listeners(event: string): unknown[];
}

export type Process010 = typeof baseProcess &
  Emitter & {
    execPath: string;
    pid: number;
    exit(code?: number): never;
    reallyExit(code: number): never;
    chdir(dir: string): void;
    hrtime(prev?: [number, number]): [number, number];
    mainModule?: N10Module;
    stdout: BootstrapStream;
    stderr: BootstrapStream;
    _exiting: boolean;
    [key: string]: unknown;
  };

function bootstrapStream(fd: 1 | 2): BootstrapStream {
  return {
    fd,
    writable: true,
    _isStdio: true,
    write(chunk: unknown, encoding?: unknown, cb?: unknown) {
      writeFd(fd, typeof chunk === 'string' ? chunk : String(chunk));
      const done = typeof encoding === 'function' ? encoding : cb;
      if (typeof done === 'function') baseProcess.nextTick(done as () => void);
      return true;
    },
  };
}

/**
 * Builds the program's process object. `argv` is [execPath, script?, ...args] as 0.10
 * reports it; `execArgv` the runtime options before the script.
 */
export function createProcess(argv: string[], execArgv: string[], execPath: string, EventEmitter?: new () => Emitter): Process010 {
  const p = baseProcess as Process010;
  if (EventEmitter) {
    Object.setPrototypeOf(p, EventEmitter.prototype);
    EventEmitter.call(p as never);
    p.EventEmitter = EventEmitter;
  }
  p.title = 'node';
  p.argv = argv;
  p.execArgv = execArgv;
  p.execPath = execPath;
  p.env = host.env as Record<string, string>;
  p.pid = host.pid;
  p.arch = host.arch;
  p.platform = host.platform;
  p.cwd = host.cwd;
  p.chdir = host.chdir;
  p.hrtime = (prev?: [number, number]) => {
    const t = host.hrtime();
    if (!prev) return [t[0], t[1]];
    let sec = t[0] - prev[0];
    let nsec = t[1] - prev[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
    return [sec, nsec];
  };
  p._exiting = false;
  p.reallyExit = (code: number) => host.exit(code);
  p.exit = (code?: number): never => {
    if (!p._exiting) {
      p._exiting = true;
      p.emit('exit', code || 0);
    }
    return p.reallyExit(code || 0);
  };
  p.stdout = bootstrapStream(1);
  p.stderr = bootstrapStream(2);
  return p;
}
