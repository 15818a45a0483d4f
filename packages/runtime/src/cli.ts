// The n10 executable: `n10 [options] [ -e script | script.js ] [arguments]`, as node 0.10.
// host.ts first: it teaches the host's loader where n10's packages are.
import { host, setV8Flags, exposeGc } from './host';
import path from '@n10/path';
import binding from '@n10/binding';
import { exitNow, moduleFs, system, writeSync } from './system';
import { coreModule, globalConsole, loadPackage } from './core-modules';
import { installEngine010 } from './engine010';
import { install010Globals, scrubHostGlobals } from './globals';
import { Module, makeRequire, moduleHooks, setModuleDebugWriter, type N10Module } from './module';
import process0 from '@n10/process';
import { pendingTicks } from '@n10/process/internal';
import { createProcess, type Process010 } from './process-object';
import { makeFatalHandler } from './fatal';
import { runScript, runStdinScript } from './compile';
import { syntaxError010 } from './syntax-error';
import { programCallSite, setThrowSite } from './throw-site';
import { N10_VERSION } from './version';
// REPL (readline/repl owner): the REPL's module hook, and the REPL n10 starts with no script.
import { installReplModule, startRepl } from './repl';
// n10 child_process/cluster: fork()'s channel and the cluster worker (ipc-child.ts).
import { setupIpcChild } from './ipc-child';

// Captured before the program runs (it may replace Function.prototype.bind).
const bindTo = Function.prototype.bind;

const USAGE = `Usage: node [options] [ -e script | script.js ] [arguments] 
       node debug script.js [arguments] 

Options:
  -v, --version        print node's version
  -e, --eval script    evaluate script
  -p, --print          evaluate script and print result
  -i, --interactive    always enter the REPL even if stdin
                       does not appear to be a terminal
  --no-deprecation     silence deprecation warnings
  --trace-deprecation  show stack traces on deprecations
  --v8-options         print v8 command line options
  --max-stack-size=val set max v8 stack size (bytes)

Environment variables:
NODE_PATH              ':'-separated list of directories
                       prefixed to the module search path.
NODE_MODULE_CONTEXTS   Set to 1 to load modules in their own
                       global contexts.
NODE_DISABLE_COLORS    Set to 1 to disable colors in the REPL

Documentation can be found at http://nodejs.org/
`;

interface Options {
  execArgv: string[];
  evalSource?: string;
  print: boolean;
  interactive: boolean;
  script?: string;
  args: string[];
  noDeprecation: boolean;
  traceDeprecation: boolean;
  throwDeprecation: boolean;
  v8Flags: string[];
}

/** 0.10 parses options up to the first argument that is not one (the script). */
function parseArgs(argv: string[]): Options {
  const o: Options = {
    execArgv: [],
    print: false,
    interactive: false,
    args: [],
    noDeprecation: false,
    traceDeprecation: false,
    throwDeprecation: false,
    v8Flags: [],
  };
  let i = 0;
  // As 0.10's ParseArgs: every argument that starts with '-' is an option ('-' too: V8
  // reports it as an unrecognized flag, and the program comes from stdin).
  while (i < argv.length && argv[i].startsWith('-')) {
    const a = argv[i];
    if (a === '-v' || a === '--version') {
      writeSync(1, 'v0.10.19\n');
      exitNow(0);
    } else if (a === '-h' || a === '--help') {
      writeSync(1, USAGE);
      exitNow(0);
    } else if (a === '-e' || a === '--eval' || a === '-p' || a === '--print' || a === '-pe') {
      // 0.10: an option with an 'e' in it (-e, --eval, -pe) requires the script; -p and
      // --print take the next argument as the script unless it starts with '-' ("\\-"
      // escapes one), else the program (a file or stdin) is evaluated and printed.
      const isEval = a.includes('e');
      if (a.includes('p')) o.print = true;
      if (isEval && i + 1 >= argv.length) {
        writeSync(2, `Error: ${a} requires an argument\n`);
        exitNow(13);
      }
      o.execArgv.push(a);
      i++;
      if (!isEval && (i >= argv.length || argv[i].startsWith('-'))) continue;
      o.evalSource = !isEval && argv[i].startsWith('\\-') ? argv[i].slice(1) : argv[i];
      o.execArgv.push(argv[i]);
      i++;
      continue;
    } else if (a === '-i' || a === '--interactive') {
      o.interactive = true;
    } else if (a === '--no-deprecation') {
      o.noDeprecation = true;
    } else if (a === '--trace-deprecation') {
      o.traceDeprecation = true;
    } else if (a === '--throw-deprecation') {
      o.throwDeprecation = true;
    } else if (a === '--v8-options') {
      exitNow(0);
    } else if (/^--(debug|debug-brk)(=|$)/.test(a)) {
      // No debugger (n10 has none): 0.10's agent announced itself on stderr; n10 says the same
      // and nothing listens.
      const port = a.includes('=') ? Number(a.slice(a.indexOf('=') + 1)) | 0 : 5858;
      writeSync(2, `debugger listening on port ${port}\n`);
    } else if (a !== '--') {
      // ('--' is taken and ignored, as V8 3.14 did.)
      o.v8Flags.push(a);
    }
    o.execArgv.push(a);
    i++;
  }
  if (o.evalSource === undefined && i < argv.length) {
    o.script = argv[i];
    i++;
  }
  o.args = argv.slice(i);
  return o;
}

/**
 * The executable that runs n10 (child_process.fork spawns it as process.execPath): bin/node,
 * a launcher of n10.js named as 0.10's executable was (programs test /node$/ on it: forever-monitor
 * checked that a script exists only then).
 */
function n10ExecPath(): string {
  return moduleFs.realpath(path.resolve(__dirname, '..', 'bin', 'node'));
}

/** The program name an n10 parent spawned this with (child_process), taken out of `env`. */
function takeArgv0(env: Record<string, string | undefined>): string | undefined {
  const name = env.N10_ARGV0;
  if (name === undefined) return undefined;
  delete env.N10_ARGV0;
  return name || undefined;
}

function main(): void {
  const opts = parseArgs(host.argv.slice(2));
  const execPath = n10ExecPath();
  if (opts.v8Flags.length) {
    setV8Flags(opts.v8Flags);
    // V8 reads --stack-trace-limit when it makes a context: the host's is made already.
    for (const f of opts.v8Flags) {
      const m = /^--stack[-_]trace[-_]limit=(-?\d+)$/.exec(f);
      if (m) (Error as unknown as { stackTraceLimit: number }).stackTraceLimit = Number(m[1]);
    }
  }

  // Everything the program's globals are made of is loaded before the host's are removed.
  // argv[0] and the title are the command as it was invoked: 0.10 kept the program name it
  // was given ("node" when found on PATH, else the path). A shell-script launcher cannot see
  // it, so an n10 parent that spawns "node" by name passes it along (N10_ARGV0, removed from
  // the environment here as 0.10 removed NODE_CHANNEL_FD); otherwise the executable's path.
  const argv0 = takeArgv0(process0.env as Record<string, string | undefined>) ?? execPath;
  const argv = [argv0];
  if (opts.script !== undefined) argv.push(path.resolve(process0.cwd(), opts.script));
  argv.push(...opts.args);
  const process = createProcess(argv, opts.execArgv, execPath);
  process.title = argv0;
  // n10's own version, readable but not enumerable: process.versions inspects as 0.10's.
  process.versions = Object.defineProperty({ ...process.versions }, 'n10', { value: N10_VERSION, configurable: true, writable: true });
  if (opts.noDeprecation) process.noDeprecation = true;
  if (opts.traceDeprecation) process.traceDeprecation = true;
  if (opts.throwDeprecation) process.throwDeprecation = true;
  const globals = createGlobals(process);
  const gc = opts.v8Flags.includes('--expose-gc') || opts.v8Flags.includes('--expose_gc') ? exposeGc() : undefined;

  scrubHostGlobals();
  install010Globals(globals);
  // vm's compile errors in V8 3.14's words too (@n10/vm asks the host for this rewriter).
  // 0.10's vm caught a compile error and threw it again: its site was the program's call.
  // (new vm.Script / vm.createScript threw from 0.10's vm.js, line 32.)
  const VM_SCRIPT_SITE = { file: 'vm.js', line: 32, text: '  var ns = new binding.NodeScript(code, ctx, filename);', caret: '           ^' };
  const vmSyntaxError = (err: unknown, source: string): unknown => {
    const e = syntaxError010(err, source);
    const site = /\n\s+at new Script \(/.test(String(new Error().stack)) ? VM_SCRIPT_SITE : programCallSite();
    if (site && typeof e === 'object' && e !== null) setThrowSite(e, site);
    return e;
  };
  Object.defineProperty(globalThis, Symbol.for('n10.vm.syntaxError010'), { value: vmSyntaxError, configurable: true });
  installEngine010();
  // 0.10's global console is a getter: stdout and the console are made on first use.
  Object.defineProperty(globalThis, 'console', {
    enumerable: true,
    configurable: true,
    get: globalConsole,
  });
  if (gc) (globalThis as unknown as { gc: () => void }).gc = gc;

  const writeStderr = (s: string) => {
    process.stderr.write!(s);
  };
  setModuleDebugWriter(writeStderr);
  const onFatal = makeFatalHandler(process, writeStderr);
  host.on('uncaughtException', onFatal);
  // The loop ended (no referenced handle is left) or process.exit() ran: 0.10's 'exit'.
  host.on('exit', function emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', 0);
    }
    binding.resetTTYMode();
  });

  let mainModule: N10Module | undefined;
  moduleHooks.setMainModule = (m) => {
    mainModule = m;
    process.mainModule = m;
  };
  moduleHooks.mainModule = () => mainModule;
  moduleHooks.mainFilename = () => process.argv[1];
  // 0.10's runMain called process._tickCallback() (the program's, if it replaced it): read at
  // the call and bound to process, so that no frame of n10's sits between runMain and it (a deep
  // stack in such a tick would lose its last frame to Error.stackTraceLimit).
  Object.defineProperty(moduleHooks, 'afterMain', {
    get: () => bindTo.call(process._tickCallback, process) as () => void,
    configurable: true,
  });
  // The module system's own assertions: @n10/assert is loaded when one fails.
  moduleHooks.assert = (ok, msg) => {
    if (!ok) (loadPackage('assert') as (ok: unknown, msg: string) => void)(ok, msg);
  };

  // REPL (readline/repl owner): a REPL started by n10 or by the program is module 'repl' (repl.ts).
  installReplModule(process);

  // n10 child_process/cluster: as 0.10, before the program runs (ipc-child.ts).
  setupIpcChild(process, opts.script !== undefined);

  try {
    if (opts.print) process._print_eval = true;
    if (opts.evalSource !== undefined) {
      process._eval = opts.evalSource;
      evalScript('[eval]', opts.evalSource, opts.print, process);
    } else if (opts.script !== undefined) {
      Module.runMain();
    } else if (opts.interactive || system.isatty(0)) {
      // REPL (readline/repl owner): 0.10's REPL on stdin/stdout (repl.ts).
      startRepl(process);
    } else {
      // 0.10 reads the program through process.stdin and runs it from the 'end' listener:
      // in a later loop iteration, as an I/O callback (immediates before timers).
      const stdin = process.stdin as unknown as {
        setEncoding(e: string): void;
        on(ev: string, f: (d?: string) => void): void;
      };
      let code = '';
      stdin.setEncoding('utf8');
      stdin.on('data', (d) => {
        code += d;
      });
      stdin.on('end', () => {
        process._eval = code;
        evalScript('[stdin]', code, opts.print, process);
      });
    }
  } catch (err) {
    onFatal(err);
  }
}

function optionalPackage<T>(name: string): T | undefined {
  try {
    return loadPackage(name) as T;
  } catch {
    return undefined;
  }
}

/** `-e`, `-p` and a program on stdin: global-scope code with the module variables as globals. */
function evalScript(name: string, body: string, print: boolean, process: Process010): void {
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const g = globalThis as unknown as Record<string, unknown>;
  g.__filename = name;
  g.exports = module.exports;
  g.module = module;
  g.__dirname = '.';
  g.require = makeRequire(module);
  const result = name === '[stdin]' ? runStdinScript(body) : runScript(body, name);
  if (print) (g.console as { log(v: unknown): void }).log(result);
  // The program from stdin runs in a callback ('end'), drained after it as any callback.
  // 0.10 did not drain after -e/-p: their ticks waited for its spinner, on the loop's first
  // turn, after the timers already due (and after whatever those timers queued).
  if (name === '[eval]') {
    if (pendingTicks() > 0) process._needTickCallback();
  } else {
    process._tickCallback();
  }
}

// 0.10's global timer functions are anonymous wrappers that load require('timers') on
// first call (so they are not === timers.setTimeout, and a program without timers never
// loads them).
function globalTimer(name: string): unknown {
  let timers: Record<string, (...args: unknown[]) => unknown> | undefined;
  return function (this: unknown) {
    if (!timers) timers = coreModule('timers') as Record<string, (...args: unknown[]) => unknown>;
    // eslint-disable-next-line prefer-rest-params
    return timers[name].apply(this, arguments as unknown as unknown[]);
  };
}

function createGlobals(process: Process010) {
  const buffer = optionalPackage<{ Buffer: unknown }>('buffer');
  return {
    process,
    Buffer: buffer?.Buffer,
    setTimeout: globalTimer('setTimeout'),
    setInterval: globalTimer('setInterval'),
    clearTimeout: globalTimer('clearTimeout'),
    clearInterval: globalTimer('clearInterval'),
    setImmediate: globalTimer('setImmediate'),
    clearImmediate: globalTimer('clearImmediate'),
    console: undefined,
  };
}

main();
