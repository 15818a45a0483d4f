// Console as 0.10 has it: writes formatted lines to the streams it is given (stderr
// defaulting to stdout), with every prototype method bound onto the instance so that
// `var log = console.log; log('x')` works.
import assert from '@n10/assert';
import util from '@n10/util';

export interface Writable {
  write(chunk: string): unknown;
}

export interface Console {
  _stdout: Writable;
  _stderr: Writable;
  _times: Record<string, number>;
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  dir(object: unknown): void;
  time(label: string): void;
  timeEnd(label: string): void;
  trace(...data: unknown[]): void;
  assert(expression: unknown, ...message: unknown[]): void;
}

export interface ConsoleConstructor {
  new (stdout: Writable, stderr?: Writable): Console;
  (stdout: Writable, stderr?: Writable): Console;
  prototype: Console;
}

interface CaptureStackTrace {
  captureStackTrace?(target: object, start?: Function): void;
}

// Calling it again on an instance re-targets that instance (the n10 runtime points the
// package's default console at the program's process.stdout and stderr this way).
// A declaration (and the bundle's only top-level `Console`) so that its name survives bundling.
function Console(this: Console, stdout: Writable, stderr?: Writable): Console | void {
  if (!(this instanceof Console)) return new ConsoleClass(stdout, stderr);
  if (!stdout || typeof stdout.write !== 'function') throw new TypeError('Console expects a writable stream instance');
  if (!stderr) stderr = stdout;
  const hidden = { writable: true, enumerable: false, configurable: true };
  Object.defineProperty(this, '_stdout', { ...hidden, value: stdout });
  Object.defineProperty(this, '_stderr', { ...hidden, value: stderr });
  Object.defineProperty(this, '_times', { ...hidden, value: {} });
  const self = this as unknown as Record<string, Function>;
  const keys = Object.keys(ConsoleClass.prototype);
  for (let i = 0; i < keys.length; i++) {
    const bound = self[keys[i]].bind(this);
    // V8 3.14's bound functions had no name (today's: 'bound ' + the target's). Under the
    // n10 runtime bind() makes them so already, with a name that cannot be redefined.
    if (bound.name !== '') Object.defineProperty(bound, 'name', { value: '', configurable: true });
    self[keys[i]] = bound;
  }
}

export const ConsoleClass = Console as unknown as ConsoleConstructor;

// Anonymous function expressions in 0.10's order, with 0.10's lengths; they read
// `arguments` as 0.10's do.
ConsoleClass.prototype.log = function (this: Console) {
  this._stdout.write(util.format.apply(this, arguments as unknown as unknown[]) + '\n');
};

ConsoleClass.prototype.info = ConsoleClass.prototype.log;

ConsoleClass.prototype.warn = function (this: Console) {
  this._stderr.write(util.format.apply(this, arguments as unknown as unknown[]) + '\n');
};

ConsoleClass.prototype.error = ConsoleClass.prototype.warn;

ConsoleClass.prototype.dir = function (this: Console, object: unknown) {
  this._stdout.write(util.inspect(object) + '\n');
};

ConsoleClass.prototype.time = function (this: Console, label: string) {
  this._times[label] = Date.now();
};

ConsoleClass.prototype.timeEnd = function (this: Console, label: string) {
  const time = this._times[label];
  if (!time) throw new Error('No such label: ' + label);
  this.log('%s: %dms', label, Date.now() - time);
};

const trace = function (this: Console) {
  // `Trace: <message>` and the stack from the caller of console.trace.
  // The message is given to the constructor: some V8 builds (Chromium) take the stack
  // header's message from construction time.
  const err = new Error(util.format.apply(this, arguments as unknown as unknown[]));
  err.name = 'Trace';
  const capture = (Error as CaptureStackTrace).captureStackTrace;
  if (typeof capture === 'function') capture(err, trace);
  else err.stack = err.name + (err.message ? ': ' + err.message : '') + '\n' + String(err.stack || '');
  this.error(err.stack);
};
ConsoleClass.prototype.trace = trace;
// 0.10's `Console.prototype.trace = function()`: no name (today's engine infers 'trace').
Object.defineProperty(trace, 'name', { value: '', configurable: true });

ConsoleClass.prototype.assert = function (this: Console, expression: unknown) {
  if (!expression) {
    const rest = Array.prototype.slice.call(arguments, 1);
    assert.ok(false, util.format.apply(this, rest));
  }
};
