// REPLServer: a readline interface whose lines are evaluated, results written back.
//
// A line is tried first as an expression in parentheses (so `{ a: 1 }` is an object), then,
// when that does not parse (or is a function declaration), as it stands. A line that does not
// parse is kept, and the next lines are added to it ('...' prompt) until the whole parses.
// Errors print their stack; results print through the writer and are kept in `_`.
import { EventEmitter } from '@n10/events';
import readline from '@n10/readline';
import type { ReadlineInput, ReadlineOutput } from '@n10/readline';
import vm from '@n10/vm';
import util from '@n10/util';
import path from '@n10/path';
import fs from '@n10/fs';
import process from '@n10/process';
import { defineDefaultCommands, type Command } from './commands';
import { complete as completeLine, type CompleteCallback, type CompletionHost } from './complete';
import { describeError, isRecoverable, makeDefaultEval, type EvalCallback, type EvalFunction, type ReplContext } from './eval';
import { continuationPrompt, newLines, remember } from './memory';
import type { ReplOptions, ReplServerLike, Writer } from './types';

/** The built-in modules, offered by completion and reachable as globals in the REPL. */
export const builtinLibs = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'domain', 'events', 'fs', 'http',
  'https', 'net', 'os', 'path', 'punycode', 'querystring', 'readline', 'stream', 'string_decoder', 'tls',
  'tty', 'url', 'util', 'vm', 'zlib',
];

/** The default writer: util.inspect. */
export const defaultWriter = util.inspect as unknown as Writer;

// ---- the REPL's module
// In 0.10 the REPL is a module of the program (module 'repl' in the current directory): its
// `module` and `require` are what the REPL's code sees. The n10 runtime provides them through
// this hook on the process object; without a runtime there is no module system, and the
// context has a `module` look-alike and no `require`.
const MODULE_HOOK = Symbol.for('n10.repl.module');

type ReplRequire = ((id: string) => unknown) & { extensions?: Record<string, unknown> };
interface ReplModule {
  module: { paths?: string[] } & Record<string, unknown>;
  require?: ReplRequire;
}

let replModule: ReplModule | undefined;
let moduleExports: unknown = {};

/** index.ts hands over the module's exports (the REPL module's `exports`). */
export function setModuleExports(exports: unknown): void {
  moduleExports = exports;
}

function moduleOfRepl(): ReplModule {
  if (!replModule) {
    const hook = (process as unknown as Record<symbol, unknown>)[MODULE_HOOK];
    if (typeof hook === 'function') {
      replModule = (hook as () => ReplModule)();
    } else {
      const filename = path.resolve('repl');
      replModule = {
        module: { id: 'repl', exports: moduleExports, parent: undefined, filename, loaded: false, children: [], paths: [] },
      };
    }
  }
  return replModule;
}

// ---- the console of a REPL's own context, on its output (0.10: require('console').Console)
declare const require: ((id: string) => unknown) | undefined;
type ConsoleCtor = new (stdout: ReadlineOutput) => unknown;

function consoleClass(): ConsoleCtor | undefined {
  const hostConsole = (globalThis as { console?: { Console?: unknown } }).console;
  const fromGlobal = hostConsole && typeof hostConsole.Console === 'function' ? (hostConsole.Console as ConsoleCtor) : undefined;
  // Under the runtime the global console is the program's: @n10/console's, with its Console.
  if (fromGlobal && typeof (process as unknown as Record<symbol, unknown>)[MODULE_HOOK] === 'function') return fromGlobal;
  // Loaded on first use, not at import: @n10/console reads the global console as it loads.
  try {
    const c = (require as (id: string) => { Console?: ConsoleCtor })('@n10/console');
    if (c && typeof c.Console === 'function') return c.Console;
  } catch {
    // an ESM build without require: the engine's Console, if it has one
  }
  return fromGlobal;
}

// ---- built-in modules as lazy globals
const LIB_GETTER = Symbol('n10.repl.libGetter');

/** `fs`, `http`, … as globals that require the module on first use (then plain properties). */
function addBuiltinLibs(context: ReplContext, require: ReplRequire): void {
  for (const name of builtinLibs) {
    const get = function () {
      const lib = require(name);
      Object.defineProperty(context, name, { value: lib, writable: true, enumerable: true, configurable: true });
      return lib;
    };
    (get as unknown as Record<symbol, boolean>)[LIB_GETTER] = true;
    Object.defineProperty(context, name, {
      get,
      set: function (value: unknown) {
        Object.defineProperty(context, name, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: false,
      configurable: true,
    });
  }
}

/**
 * A vm context runs with copies of the context's enumerable properties: the lazy module
 * globals a command names are loaded before it runs, so that the copy has them.
 */
function loadNamedLibs(code: string, context: ReplContext): void {
  for (const name of builtinLibs) {
    if (code.indexOf(name) < 0 || !new RegExp('\\b' + name + '\\b').test(code)) continue;
    const d = Object.getOwnPropertyDescriptor(context, name);
    if (d && d.get && (d.get as unknown as Record<symbol, boolean>)[LIB_GETTER]) void context[name];
  }
}

// ---- a stream that types an array of lines (completion's throw-away REPL reads from it)
function lineFeeder(): ReadlineInput & ReadlineOutput & { run(lines: string[]): void } {
  const feeder = new EventEmitter() as unknown as ReadlineInput & ReadlineOutput & { run(lines: string[]): void };
  const f = feeder as unknown as Record<string, unknown>;
  f.readable = true;
  f.writable = true;
  f.resume = function () {};
  f.pause = function () {};
  f.write = function () {};
  feeder.run = function (lines: string[]) {
    for (const line of lines) feeder.emit('data', line + '\n');
  };
  return feeder;
}

interface REPLServerConstructor {
  new (prompt?: string | ReplOptions, stream?: ReadlineInput & ReadlineOutput, evalFn?: EvalFunction, useGlobal?: boolean, ignoreUndefined?: boolean): ReplServerLike;
  (prompt?: string | ReplOptions, stream?: ReadlineInput & ReadlineOutput, evalFn?: EvalFunction, useGlobal?: boolean, ignoreUndefined?: boolean): ReplServerLike;
  prototype: ReplServerLike;
  super_: unknown;
}

function REPLServer(
  this: ReplServerLike,
  prompt?: string | ReplOptions,
  stream?: ReadlineInput & ReadlineOutput,
  evalFn?: EvalFunction,
  useGlobal?: boolean,
  ignoreUndefined?: boolean,
): ReplServerLike | void {
  if (!(this instanceof REPLServer)) {
    return new REPLServerCtor(prompt, stream, evalFn, useGlobal, ignoreUndefined);
  }
  EventEmitter.call(this);

  let options: ReplOptions;
  let input: ReadlineInput | undefined;
  let output: ReadlineOutput | undefined;
  if (prompt && typeof prompt === 'object') {
    // repl.start(options)
    options = prompt;
    stream = options.stream || options.socket;
    input = options.input;
    output = options.output;
    evalFn = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
  } else if (typeof prompt !== 'string') {
    throw new Error('An options Object, or a prompt String are required');
  } else {
    options = {};
  }

  const self = this;
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.eval = evalFn || makeDefaultEval(() => self.useGlobal, loadNamedLibs);

  if (!input && !output) {
    // process by default: its stdin and stdout; a socket is both.
    const s = (stream || process) as unknown as { stdin?: ReadlineInput; stdout?: ReadlineOutput };
    if (s.stdin && s.stdout) {
      input = s.stdin;
      output = s.stdout;
    } else {
      input = s as ReadlineInput;
      output = s as ReadlineOutput;
    }
  }
  this.inputStream = input as ReadlineInput;
  this.outputStream = output as ReadlineOutput;

  this.resetContext();
  this.bufferedCommand = '';
  this.prompt = prompt !== undefined && prompt !== null ? prompt : '> ';

  const rli = readline.createInterface({
    input: this.inputStream,
    output: this.outputStream,
    completer: function (text: string, cb: CompleteCallback) {
      self.complete(text, cb);
    } as never,
    terminal: options.terminal,
  });
  this.rli = rli;

  this.commands = {};
  defineDefaultCommands(this);

  this.writer = options.writer || exportsWriter();
  if (options.useColors === undefined) options.useColors = rli.terminal;
  this.useColors = !!options.useColors;
  if (this.useColors && this.writer === exportsWriter()) {
    // Results in colour: the writer is inspect with colours on.
    this.writer = function (obj: unknown, showHidden?: boolean, depth?: number | null) {
      return (util.inspect as (o: unknown, s?: boolean, d?: number | null, c?: boolean) => string)(obj, showHidden, depth, true);
    };
  }

  rli.setPrompt(this.prompt);

  rli.on('close', function () {
    self.emit('exit');
  });

  // ^C: abandon the line (or the unfinished command); twice on an empty line: exit.
  let sawSIGINT = false;
  rli.on('SIGINT', function () {
    const empty = (rli.line as string).length === 0;
    rli.clearLine();
    if (!(self.bufferedCommand && self.bufferedCommand.length > 0) && empty) {
      if (sawSIGINT) {
        rli.close();
        sawSIGINT = false;
        return;
      }
      rli.output.write('(^C again to quit)\n');
      sawSIGINT = true;
    } else {
      sawSIGINT = false;
    }
    self.bufferedCommand = '';
    self.lines.level = [];
    self.displayPrompt();
  });

  rli.on('line', function (line: string) {
    sawSIGINT = false;
    self.bufferedCommand = self.bufferedCommand || '';
    // Leading white space goes, but not the last character of a blank line; trailing white
    // space stays (it is in .save's file too).
    const trimmed = /^\s*(.+)\s*$/m.exec(line);
    const cmd = trimmed ? trimmed[1] : '';
    let skipEval = false;

    // .command [rest] (but '.5' is a number)
    if (cmd && cmd.charAt(0) === '.' && isNaN(parseFloat(cmd))) {
      const m = /^(\.[^\s]+)\s*(.*)$/.exec(cmd);
      if (self.parseREPLKeyword(m && m[1], m && m[2]) === true) return;
      self.outputStream.write('Invalid REPL keyword\n');
      skipEval = true;
    }

    const finish: EvalCallback = function (e, ret) {
      self.memory(cmd);

      if (e && !self.bufferedCommand && cmd.trim().match(/^npm /)) {
        self.outputStream.write('npm should be run outside of the node repl, in your normal shell.\n(Press Control-D to exit.)\n');
        self.bufferedCommand = '';
        self.displayPrompt();
        return;
      }
      if (isRecoverable(e)) {
        // Not finished: keep it, read on.
        self.bufferedCommand += cmd + '\n';
        self.displayPrompt();
        return;
      }
      if (e) self.outputStream.write(describeError(e) + '\n');

      self.bufferedCommand = '';
      if (!e && (!self.ignoreUndefined || ret !== undefined)) {
        self.context._ = ret;
        self.outputStream.write(self.writer(ret) + '\n');
      }
      self.displayPrompt();
    };

    if (skipEval) {
      finish(null);
      return;
    }
    const evalCmd = self.bufferedCommand + cmd + '\n';
    // As an expression first: `{ a: 1 }` is an object, not a block.
    self.eval('(' + evalCmd + ')', self.context, 'repl', function (e, ret) {
      if (e && !isRecoverable(e)) {
        finish(e);
        return;
      }
      // Not an expression, or a function declaration: as a statement.
      if ((typeof ret === 'function' && /^[\r\n\s]*function/.test(evalCmd)) || e) {
        self.eval(evalCmd, self.context, 'repl', finish);
      } else {
        finish(null, ret);
      }
    });
  });

  rli.on('SIGCONT', function () {
    self.displayPrompt(true);
  });

  this.displayPrompt();
}

const REPLServerCtor = REPLServer as unknown as REPLServerConstructor;
util.inherits(REPLServerCtor, EventEmitter);
const proto = REPLServerCtor.prototype;

// Replaceable: repl.writer (the module's) is what a REPL uses when options.writer is not set.
let exportsWriter: () => Writer = () => defaultWriter;
export function setWriterSource(get: () => Writer): void {
  exportsWriter = get;
}

// Prototype members in 0.10's order, as anonymous functions.

proto.createContext = function (this: ReplServerLike) {
  let context: ReplContext;
  const { module, require } = moduleOfRepl();
  if (this.useGlobal) {
    context = globalThis as unknown as ReplContext;
  } else {
    context = vm.createContext() as unknown as ReplContext;
    const g = globalThis as unknown as ReplContext;
    for (const name in g) context[name] = g[name];
    const ConsoleOnOutput = consoleClass();
    if (ConsoleOnOutput) context.console = new ConsoleOnOutput(this.outputStream);
    context.global = context;
  }
  context.module = module;
  if (require) {
    context.require = require;
    addBuiltinLibs(context, require);
  }
  this.lines = newLines();
  return context;
};

proto.resetContext = function (this: ReplServerLike) {
  this.context = this.createContext();
};

proto.displayPrompt = function (this: ReplServerLike, preserveCursor?: boolean) {
  const prompt = this.bufferedCommand.length ? continuationPrompt(this.lines) : this.prompt;
  this.rli.setPrompt(prompt);
  this.rli.prompt(preserveCursor);
};

proto.complete = function (this: ReplServerLike, line: string, callback: CompleteCallback) {
  completeLine(this, completionHost(), line, callback);
};

proto.parseREPLKeyword = function (this: ReplServerLike, keyword: string | null | undefined, rest?: string | null) {
  const cmd = keyword != null ? this.commands[keyword] : undefined;
  if (cmd) {
    cmd.action.call(this, rest as string);
    return true;
  }
  return false;
};

proto.defineCommand = function (this: ReplServerLike, keyword: string, cmd: Command | Command['action']) {
  let command: Command;
  if (typeof cmd === 'function') command = { action: cmd };
  // (0.10's engine message for reading .action of null or undefined)
  else if (cmd == null) throw new TypeError("Cannot read property 'action' of " + cmd);
  else if (typeof cmd.action !== 'function') throw new Error('bad argument, action must be a function');
  else command = cmd;
  this.commands['.' + keyword] = command;
};

proto.memory = function (this: ReplServerLike, cmd: string) {
  if (!this.lines) this.lines = newLines();
  remember(this.lines, cmd);
};

// 0.10 kept this (unused) helper: `var x = …` → `self.context.x = …`, and a function the
// unfinished command declares → `name = <the unfinished command>`.
proto.convertToContext = function (this: ReplServerLike, cmd: string) {
  let m = /^\s*var\s*([_\w$]+)(.*)$/m.exec(cmd);
  if (m) return 'self.context.' + m[1] + m[2];
  m = /^\s*function\s*([_\w$]+)/.exec(this.bufferedCommand);
  if (m) return m[1] + ' = ' + this.bufferedCommand;
  return cmd;
};

let host: CompletionHost | undefined;

function completionHost(): CompletionHost {
  if (host) return host;
  host = {
    builtinLibs,
    modulePaths() {
      const { module, require } = moduleOfRepl();
      let globalPaths: string[] = [];
      try {
        if (require) globalPaths = ((require('module') as { globalPaths?: string[] }).globalPaths || []) as string[];
      } catch {
        // no module system
      }
      return (module.paths || []).concat(globalPaths);
    },
    extensions() {
      const { require } = moduleOfRepl();
      return require && require.extensions ? Object.keys(require.extensions) : ['.js', '.json', '.node'];
    },
    readdir(dir: string) {
      return fs.readdirSync(dir) as string[];
    },
    isDirectory(file: string) {
      return fs.statSync(file).isDirectory();
    },
    replay(lines: string[]) {
      const feeder = lineFeeder();
      const nested = new REPLServerCtor('', feeder);
      nested.context = nested.createContext();
      feeder.run(lines);
      return nested;
    },
  };
  return host;
}

export { REPLServerCtor as REPLServer };
