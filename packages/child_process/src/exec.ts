// exec(command, [options], callback) and execFile(file, [args], [options], [callback]):
// spawn, collect stdout and stderr as strings, call back once the child has closed.
//
// As 0.10: options default to {encoding 'utf8', timeout 0, maxBuffer 200 KiB, killSignal
// 'SIGTERM', cwd null, env null}; the output is decoded by the streams, whatever the encoding
// (setEncoding: 'buffer' is an error; null or '' decode utf8).
// The callback's error is: the spawn error itself (ENOENT…); 'stdout maxBuffer exceeded.'
// (the streams are dropped and the child killed at once, the callback waits for its end);
// the kill error when killSignal is unknown (then the callback comes at once); or
// Error('Command failed: ' + stderr) with killed, code (the exit code, null for a signal)
// and signal.
import type { SocketInstance } from '@n10/net';
import timers from '@n10/timers';
import util from '@n10/util';
import type { ChildProcessInstance } from './child-process';
import { spawn } from './spawn';

export interface ExecOptions {
  cwd?: string | null;
  env?: Record<string, unknown> | null;
  encoding?: string | null;
  timeout?: number;
  maxBuffer?: number;
  killSignal?: string;
}

export interface ExecError extends Error {
  killed?: boolean;
  code?: number | string | null;
  signal?: string | null;
}

export type ExecCallback = (error: ExecError | null, stdout: string, stderr: string) => void;

interface Settings {
  encoding: string | null | undefined;
  timeout: number;
  maxBuffer: number;
  killSignal: string;
  cwd: string | null | undefined;
  env: Record<string, unknown> | null | undefined;
}

function settings(options: unknown): Settings {
  const s: Settings = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: 200 * 1024,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
  };
  return util._extend(s as unknown as Record<string, unknown>, options as Record<string, unknown>) as unknown as Settings;
}

interface TimerFunctions {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** 0.10's execFile called the global setTimeout and clearTimeout as they were at the time of the
 * call: a program's replacements (sinon's fake timers) time exec's options.timeout too. */
function globalTimers(): TimerFunctions {
  const g = globalThis as unknown as Partial<TimerFunctions>;
  return typeof g.setTimeout === 'function' && typeof g.clearTimeout === 'function'
    ? (g as TimerFunctions)
    : (timers as unknown as TimerFunctions);
}

export function execFile(file: string, ...rest: unknown[]): ChildProcessInstance {
  let args: unknown[];
  let options: Settings;
  let callback: unknown;
  if (Array.isArray(rest[0])) {
    args = rest[0];
    options = settings(rest[1]);
    callback = rest[2];
  } else {
    args = [];
    options = settings(rest[0]);
    callback = rest[1];
  }
  // The callback may stand where the options would.
  if (typeof callback !== 'function') {
    const last = rest[rest.length - 1];
    callback = typeof last === 'function' ? last : undefined;
  }
  const cb = callback as ExecCallback | undefined;

  const child = spawn(file, args, { cwd: options.cwd, env: options.env });

  let stdout = '';
  let stderr = '';
  let killed = false;
  let exited = false;
  let ex: ExecError | null = null;
  let timeoutId: unknown = null;

  function exithandler(code?: number | null, signal?: string | null): void {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      globalTimers().clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!cb) return;
    if (ex) {
      cb(ex, stdout, stderr);
    } else if (code === 0 && signal === null) {
      cb(null, stdout, stderr);
    } else {
      const e = new Error('Command failed: ' + stderr) as ExecError;
      e.killed = child.killed || killed;
      e.code = code;
      e.signal = signal;
      cb(e, stdout, stderr);
    }
  }

  function errorhandler(e: Error): void {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill(): void {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e as ExecError;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = globalTimers().setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  // 0.10 set the streams' encoding whatever it was: null or '' is a utf8 decoder too, so a
  // character split across two reads still comes out whole.
  if (child.stdout) child.stdout.setEncoding(options.encoding as string);
  if (child.stderr) child.stderr.setEncoding(options.encoding as string);
  const collect = (stream: SocketInstance | null, name: 'stdout' | 'stderr'): void => {
    if (!stream) return;
    stream.addListener('data', (chunk: unknown) => {
      if (name === 'stdout') stdout += chunk;
      else stderr += chunk;
      const length = name === 'stdout' ? stdout.length : stderr.length;
      if (length > options.maxBuffer) {
        // Two statements, as 0.10's two listeners (their stacks name two lines).
        if (name === 'stdout') ex = new Error('stdout maxBuffer exceeded.');
        else ex = new Error('stderr maxBuffer exceeded.');
        kill();
      }
    });
  };
  collect(child.stdout, 'stdout');
  collect(child.stderr, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

export function exec(command: string, options?: ExecOptions | ExecCallback | null, callback?: ExecCallback): ChildProcessInstance {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  return owner.execFile('/bin/sh', ['-c', command], options, callback);
}

// 0.10's exec called exports.execFile: a program (or a test's stub) that replaces the module's
// execFile sees exec's calls go through it. index.ts hands over the module object.
let owner: { execFile: typeof execFile } = { execFile };

export function execFileOwner(moduleObject: { execFile: typeof execFile }): void {
  owner = moduleObject;
}
