// @n10/process: node 0.10's `process` object.
//
// One object, portable: an EventEmitter with 0.10's members in 0.10's order. Members that are
// facts of the operating system (pid, env, cwd, hrtime, signals, exit…) come from
// @n10/binding when it is present, looked up on first use (never at import: a browser bundle
// maps the binding away and gets the portable answers: platform 'browser', env {}, cwd '/').
// The n10 runtime configures this same object for the program (argv, execPath, stdio,
// the uncaught-exception policy) through '@n10/process/internal'.
import { applyCallback, propertyNotAFunction, sited } from './v8-messages';
import { EventEmitter } from '@n10/events';
import type { EventEmitterConstructor } from '@n10/events';
import { envObject, type Env } from './env';
import { VERSION, config, features, versions } from './facts';
import { hrtime } from './hrtime';
import { idFunctions } from './ids';
import { nativeBinding } from './native';
import { needTickCallback, nextTick, pendingTicks, setTickOwner, tickCallback, tickFromSpinner, useDomains, useLoop } from './next-tick';
import { INTERNAL, type ProcessInternals } from './internal-key';
import { makeFatalException } from './fatal-exception';
import { installSignalListeners, signalNumber } from './signals';
import { defaultStdioFactory, type StdioFactory, type StdioFd, type StdioStream } from './stdio';

export type { StdioStream, StdioFactory, StdioFd } from './stdio';
export type { Env } from './env';

export interface MemoryUsage {
  rss: number;
  heapTotal: number;
  heapUsed: number;
}

/** node 0.10's process. */
export interface N10Process extends EventEmitter {
  title: string;
  version: string;
  moduleLoadList: string[];
  versions: Record<string, string>;
  arch: string;
  platform: string;
  argv: string[];
  execArgv: string[];
  env: Env;
  pid: number;
  features: Record<string, boolean>;
  execPath: string;
  debugPort: number;
  _getActiveRequests(): unknown[];
  _getActiveHandles(): unknown[];
  _needTickCallback(): void;
  reallyExit(code?: number): void;
  abort(): void;
  chdir(directory: string): void;
  cwd(): string;
  umask(mask?: number | string): number;
  getuid(): number;
  setuid(id: number | string): void;
  setgid(id: number | string): void;
  getgid(): number;
  getgroups(): number[];
  setgroups(groups: Array<number | string>): void;
  initgroups(user: number | string, extraGroup: number | string): void;
  _kill(pid: number, signal: number): number;
  /** Sends SIGUSR1 (0.10: starts that process's debugger agent). */
  _debugProcess(pid: number): void;
  /** The debugger agent's (none here): no-ops. */
  _debugPause(): void;
  _debugEnd(): void;
  hrtime(previous?: [number, number]): [number, number];
  dlopen(module: { exports: unknown }, filename: string): void;
  uptime(): number;
  memoryUsage(): MemoryUsage;
  binding(name: string): unknown;
  EventEmitter: EventEmitterConstructor;
  /** The uncaught-exception policy: true when a listener handled `error`. */
  _fatalException(error: unknown): boolean;
  _usingDomains(): void;
  /** 0.10's tick counters shared with C++ (length, index, depth): here a plain record. */
  _tickInfoBox: Record<number, number>;
  _exiting: boolean;
  assert(ok: unknown, message?: string): void;
  config: Record<string, Record<string, unknown>>;
  nextTick(callback: () => void): void;
  /** 0.10's domain-aware nextTick and drain (this queue is always domain-aware). */
  _nextDomainTick(callback: () => void): void;
  _tickCallback(): void;
  _tickDomainCallback(): void;
  _tickFromSpinner(): void;
  maxTickDepth: number;
  readonly stdout: StdioStream;
  readonly stderr: StdioStream;
  readonly stdin: StdioStream;
  openStdin(): StdioStream;
  exit(code?: number): void;
  kill(pid: number, signal?: string | number): boolean;
  mainModule?: unknown;
  noDeprecation?: boolean;
  throwDeprecation?: boolean;
  traceDeprecation?: boolean;
  [key: string]: unknown;
}

const native = nativeBinding;
const startMs = Date.now();

// Captured at import: the host's architecture when there is a host process (node), for
// process.arch (the binding does not report it).
const hostArch = ((): string | undefined => {
  const hp = (globalThis as { process?: { arch?: unknown } }).process;
  return hp && typeof hp.arch === 'string' ? hp.arch : undefined;
})();

/** A member computed on first read, then a plain data property (an assignment wins). */
function lazy<T>(o: object, key: string, compute: () => T): void {
  Object.defineProperty(o, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value: T) {
      Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

function osPlatform(): string {
  const b = native();
  if (!b) return 'browser';
  const type = b.getOSType().toLowerCase();
  return type === 'sunos' || type.startsWith('cygwin') ? type : type.replace(/^windows.*/, 'win32');
}

// process.constructor is a function named 'process', as in 0.10 ([object process]).
const processPrototype = Object.create(EventEmitter.prototype, {
  constructor: { value: function process() {}, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'process', configurable: true },
});

const p = Object.create(processPrototype) as N10Process;
const ids = idFunctions(native);
let title = 'browser';
let cwd = '/';

Object.defineProperty(p, 'title', {
  enumerable: true,
  configurable: true,
  get() {
    const b = native();
    return b ? b.getTitle() : title;
  },
  set(value: unknown) {
    const b = native();
    title = String(value);
    if (b) b.setTitle(title);
  },
});
p.version = VERSION;
p.moduleLoadList = [];
p.versions = versions();
lazy(p, 'arch', () => (native() ? hostArch || 'x64' : 'javascript'));
lazy(p, 'platform', osPlatform);
lazy(p, 'argv', () => (native() ? [p.execPath] : []));
p.execArgv = [];
lazy(p, 'env', () => envObject(native()));
lazy(p, 'pid', () => {
  const b = native();
  return b ? b.getpid() : 1;
});
p.features = features();
p._needImmediateCallback = false;
lazy(p, 'execPath', () => {
  const b = native();
  return b ? b.getExecPath() : '';
});
p.debugPort = 5858;
p._getActiveRequests = () => [];
p._getActiveHandles = () => [];
p._needTickCallback = needTickCallback;
p.reallyExit = (code?: number) => {
  const b = native();
  if (!b) return;
  // Ends the process without an 'exit' event (0.10's was exit(3) in C).
  p._exiting = true;
  b.resetTTYMode();
  b.exit((code as number) | 0);
};
p.abort = () => {
  const b = native();
  if (b) b.abort();
  throw new Error('process.abort()');
};
p.chdir = (directory: string) => {
  if (typeof directory !== 'string') throw new Error('Bad argument.');
  const b = native();
  if (!b) {
    cwd = directory.charAt(0) === '/' ? directory : cwd.replace(/\/?$/, '/') + directory;
    return;
  }
  const err = b.chdir(directory);
  if (err) throw b.uvException(err, 'uv_chdir', null, { sync: true });
};
p.cwd = () => {
  const b = native();
  if (!b) return cwd;
  try {
    return b.cwd();
  } catch (e) {
    throw b.uvException(e as { code: string }, 'uv_cwd', null, { sync: true });
  }
};
// 0.10's process.umask, hrtime, setuid… were C++ functions: an error they threw had the
// program's call as its first frame (no frame of theirs), which is also the site 0.10 showed
// for it when uncaught. (Error.captureStackTrace is V8's; elsewhere the stack stays.)
function fromNative<E extends Error>(er: E, fn: Function): E {
  const capture = (Error as unknown as { captureStackTrace?: (e: object, f: Function) => void }).captureStackTrace;
  if (typeof capture === 'function') capture(er, fn);
  return er;
}
let portableMask = 0o22;
p.umask = function umask(mask?: number | string): number {
  let value: number | undefined;
  if (arguments.length >= 1 && mask !== undefined) {
    if (typeof mask === 'number' && mask === Math.floor(mask)) value = mask;
    else if (typeof mask === 'string') {
      if (!/^[0-7]*$/.test(mask)) throw fromNative(new TypeError('invalid octal string'), umask);
      value = mask === '' ? 0 : parseInt(mask, 8);
    } else throw fromNative(new TypeError('argument must be an integer or octal string.'), umask);
  }
  const b = native();
  if (!b) {
    const old = portableMask;
    if (value !== undefined) portableMask = (value >>> 0) & 0o777;
    return old;
  }
  return value === undefined ? b.umask() : b.umask((value >>> 0) & 0o777);
} as N10Process['umask'];
p.getuid = ids.getuid;
p.setuid = ids.setuid;
p.setgid = ids.setgid;
p.getgid = ids.getgid;
p.getgroups = ids.getgroups;
p.setgroups = ids.setgroups;
p.initgroups = ids.initgroups;
p._kill = (pid: number, signal: number) => {
  const b = native();
  // 0.10 took the pid's IntegerValue: 'x' is 0 (the process group), 1.5 is 1.
  const n = Number(pid);
  return b ? b.kill(n === n ? Math.trunc(n) : 0, signal) : 0;
};
p._debugProcess = function (pid: number): void {
  const b = native();
  const r = b ? p._kill(pid, b.constants.signals.SIGUSR1) : 0;
  // (0.10 reported this one as a libuv error: "ESRCH, No such process", errno 3.)
  if (r) throw b!.uvException(r, 'kill', null, { sync: true });
};
p._debugPause = function () {};
p._debugEnd = function () {};
p.hrtime = function (previous?: [number, number]) {
  if (arguments.length > 0 && !Array.isArray(previous)) {
    throw fromNative(new TypeError('process.hrtime() only accepts an Array tuple.'), p.hrtime);
  }
  return hrtime(native(), arguments.length > 0, previous);
} as N10Process['hrtime'];
p.dlopen = () => {
  throw new Error('process.dlopen needs the n10 runtime');
};
p.uptime = () => {
  const b = native();
  return b ? b.uptime() : (Date.now() - startMs) / 1000;
};
p.memoryUsage = () => {
  const b = native();
  return b ? b.memoryUsage() : { rss: 0, heapTotal: 0, heapUsed: 0 };
};
p.binding = (name: string) => {
  const b = native();
  if (b && name === 'constants') return flatConstants(b);
  if (name === 'natives') return {};
  throw new Error('No such module');
};
p._usingDomains = useDomains;
p._tickInfoBox = { 0: 0, 1: 0, 2: 0 };
// Made before the emitter's own fields (0.10's key order: _events, domain, _maxListeners).
p._events = {};
EventEmitter.call(p);
p.EventEmitter = EventEmitter;
p._fatalException = makeFatalException(p as never);
p._exiting = false;
p.assert = (ok: unknown, message?: string) => {
  if (!ok) throw new Error(message || 'assertion error');
};
lazy(p, 'config', () => config(p.arch === 'javascript' ? 'x64' : p.arch));
p.nextTick = nextTick;
p._nextDomainTick = nextTick;
p._tickCallback = tickCallback;
p._tickDomainCallback = tickCallback;
p._tickFromSpinner = tickFromSpinner;
p.maxTickDepth = 1000;

// stdio: made on first use by the factory (the runtime's, or the simple default).
const stdio: Array<StdioStream | undefined> = [];
let stdioFactory: StdioFactory = defaultStdioFactory(native);

function stdioGetter(fd: StdioFd): () => StdioStream {
  return () => {
    let s = stdio[fd];
    if (s) return s;
    s = stdioFactory(fd);
    stdio[fd] = s;
    s.fd = fd;
    if (fd === 0) return s;
    s._isStdio = true;
    const stream = s;
    const name = fd === 1 ? 'stdout' : 'stderr';
    // 0.10: process.stdout/stderr cannot be closed; trying emits 'error'.
    stream.destroy = stream.destroySoon = (er?: Error) => {
      stream.emit('error', er || new Error('process.' + name + ' cannot be closed.'));
    };
    if (fd === 1 && stream.isTTY) {
      p.on('SIGWINCH', () => {
        if (stream._refreshSize) stream._refreshSize();
      });
    }
    return stream;
  };
}

Object.defineProperty(p, 'stdout', { enumerable: true, configurable: true, get: stdioGetter(1) });
Object.defineProperty(p, 'stderr', { enumerable: true, configurable: true, get: stdioGetter(2) });
Object.defineProperty(p, 'stdin', { enumerable: true, configurable: true, get: stdioGetter(0) });
p.openStdin = () => {
  const s = p.stdin;
  if (s.resume) s.resume();
  return s;
};
p.exit = function exit(code?: number) {
  if (!p._exiting) {
    p._exiting = true;
    p.emit('exit', code || 0);
  }
  p.reallyExit(code || 0);
} as N10Process['exit'];
p.kill = (pid: number, sig?: string | number) => {
  let r: number;
  const b = native();
  if (sig === 0) {
    r = p._kill(pid, 0);
  } else {
    const name = sig || 'SIGTERM';
    const signum = signalNumber(b, name);
    if (!b || signum === undefined) throw sited(new Error('Unknown signal: ' + name), 723, "          throw new Error('Unknown signal: ' + sig);", 16);
    r = p._kill(pid, signum);
  }
  if (r) throw sited(b!.errnoException(r, 'kill'), 728, "        throw errnoException(process._errno, 'kill');", 14);
  return true;
};
const exitOnTerminationSignals = installSignalListeners(p, EventEmitter, native);

setTickOwner(p);

/** 0.10's require('constants') / process.binding('constants'): one flat object. */
let flat: Record<string, number> | undefined;
function flatConstants(b: NonNullable<ReturnType<typeof native>>): Record<string, number> {
  if (!flat) flat = Object.assign({}, b.constants.fs, b.constants.errno, b.constants.signals);
  return flat;
}

// For the runtime and sibling packages, through '@n10/process/internal' (not a 0.10 member:
// a symbol key, so neither Object.keys nor util.inspect shows it).
const internals: ProcessInternals = {
  setStdioFactory(factory) {
    stdioFactory = factory;
  },
  peekStdio: (fd) => stdio[fd],
  useLoop,
  pendingTicks,
  exitOnTerminationSignals,
  useDomains,
  native,
  applyCallback,
  propertyNotAFunction,
};
Object.defineProperty(p, INTERNAL, { value: internals });

export { nextTick };
export default p;
