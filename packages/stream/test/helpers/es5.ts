// Runs a node 0.10 program (ES5 source) in this process on the n10 packages, and returns what
// it printed. `require` resolves the core modules a stream program uses to their @n10
// packages; `process.nextTick` is @n10/process's (the queue the streams use), timers are
// the host's, counted so that the run ends when nothing is pending any more, as a node
// process exits when its loop is empty.
import stream from '@n10/stream';
import bufferModule from '@n10/buffer';
import events from '@n10/events';
import util from '@n10/util';
import stringDecoder from '@n10/string_decoder';
import process from '@n10/process';

const modules: Record<string, unknown> = {
  stream,
  _stream_readable: stream.Readable,
  _stream_writable: stream.Writable,
  _stream_duplex: stream.Duplex,
  _stream_transform: stream.Transform,
  _stream_passthrough: stream.PassThrough,
  buffer: bufferModule,
  events,
  util,
  string_decoder: stringDecoder,
};

type Fn = (...args: unknown[]) => void;

export function runProgram(source: string, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const out: string[] = [];
    let pending = 0;
    let finished = false;
    const handles = new Map<unknown, unknown>();

    const finish = (err?: unknown): void => {
      if (finished) return;
      finished = true;
      clearTimeout(guard);
      for (const h of handles.values()) clearTimeout(h as ReturnType<typeof setTimeout>);
      if (err) reject(err);
      else resolve(out.join(''));
    };
    const guard = setTimeout(() => finish(new Error(`program still busy after ${timeoutMs} ms:\n${out.join('')}`)), timeoutMs);
    // Idle once no timer is pending after the ticks and microtasks of the last callback.
    const checkIdle = (): void => {
      setImmediate(() => {
        if (!finished && pending === 0) finish();
      });
    };
    const guarded = (fn: Fn, args: unknown[]): void => {
      try {
        fn(...args);
      } catch (e) {
        finish(e);
      }
    };

    const timers = {
      setTimeout(fn: Fn, ms?: number, ...args: unknown[]) {
        pending++;
        const id = {};
        handles.set(
          id,
          setTimeout(() => {
            handles.delete(id);
            pending--;
            guarded(fn, args);
            checkIdle();
          }, ms),
        );
        return id;
      },
      clearTimeout(id: unknown) {
        if (handles.has(id)) {
          clearTimeout(handles.get(id) as ReturnType<typeof setTimeout>);
          handles.delete(id);
          pending--;
          checkIdle();
        }
      },
      setImmediate(fn: Fn, ...args: unknown[]) {
        pending++;
        setImmediate(() => {
          pending--;
          guarded(fn, args);
          checkIdle();
        });
      },
    };

    const print = (...args: unknown[]): void => {
      out.push(util.format(...(args as [unknown])) + '\n');
    };
    // process.stdout: a Writable into the output, marked as stdio (pipe() never ends it).
    const stdout = new stream.Writable({ decodeStrings: false }) as InstanceType<typeof stream.Writable> & { _isStdio: boolean };
    stdout._write = (chunk: unknown, _enc: string, cb: () => void) => {
      out.push(String(chunk));
      cb();
    };
    stdout._isStdio = true;
    const programProcess = {
      nextTick: process.nextTick,
      stdout,
      version: process.version,
      versions: process.versions,
    };
    const programConsole = { log: print, info: print, error: () => {}, warn: () => {} };
    const requireCore = (name: string): unknown => {
      if (Object.prototype.hasOwnProperty.call(modules, name)) return modules[name];
      throw new Error(`es5 runner: no module '${name}'`);
    };

    const params = ['require', 'process', 'console', 'Buffer', 'setTimeout', 'clearTimeout', 'setImmediate'];
    let program: Fn;
    try {
      program = new Function(...params, source) as Fn;
    } catch (e) {
      finish(e);
      return;
    }
    guarded(program, [
      requireCore,
      programProcess,
      programConsole,
      (bufferModule as unknown as { Buffer: unknown }).Buffer,
      timers.setTimeout,
      timers.clearTimeout,
      timers.setImmediate,
    ]);
    checkIdle();
  });
}
