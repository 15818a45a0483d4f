// Tab completion for the REPL, as 0.10 completes:
//  - '.he'              the REPL's commands
//  - "require('fo"      module names: files and folders in the REPL module's node_modules
//                       paths (and the global paths), then the built-in modules
//  - 'foo.bar.ba'       members of what 'foo.bar' evaluates to (simple dotted names only:
//                       it is evaluated), own and up to five prototypes
//  - 'fo'               names in scope: the context, its prototypes, the standard globals,
//                       and keywords once something is typed
// Completions come in groups, nearest first (own members before inherited ones); the result
// lists the farthest group first, each sorted, groups separated by ''.
// Inside an unfinished command, the session so far is replayed without its function heads
// in a throw-away REPL first, so that the function's local variables can be completed.
import path from '@n10/path';
import type { ReplContext, EvalFunction } from './eval';
import type { Lines } from './memory';

export type CompleteCallback = (err: Error | null, result: [string[], string | undefined]) => void;

/** What completion needs of a REPLServer. */
export interface Completable {
  bufferedCommand: string;
  lines: Lines;
  commands: Record<string, unknown>;
  useGlobal: boolean;
  context: ReplContext;
  eval: EvalFunction;
}

/** The file system and module system completion reads, when there are any. */
export interface CompletionHost {
  builtinLibs: string[];
  /** The directories require() searches from the REPL, and the extensions it knows. */
  modulePaths(): string[];
  extensions(): string[];
  readdir(dir: string): string[];
  isDirectory(file: string): boolean;
  /** A fresh REPL (no prompt, no output) that evaluates `lines`; undefined if it cannot. */
  replay(lines: string[]): Completable & { complete(line: string, cb: CompleteCallback): void };
}

const REQUIRE = /\brequire\s*\(['"](([\w./-]+\/)?([\w./-]*))/;
const SIMPLE_EXPRESSION = /(([a-zA-Z_$](?:\w|\$)*)\.)*([a-zA-Z_$](?:\w|\$)*)\.?$/;
const COMMAND = /^\s*(\.\w*)$/;
const VERSIONED = /-\d+\.\d+(\.\d+)?/;

// ECMAScript's globals as 0.10 listed them, and its keywords (offered once a prefix is typed).
const STANDARD_GLOBALS = [
  'NaN', 'Infinity', 'undefined', 'eval', 'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'Object', 'Function', 'Array', 'String',
  'Boolean', 'Number', 'Date', 'RegExp', 'Error', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'Math', 'JSON',
];
const KEYWORDS = [
  'break', 'case', 'catch', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'export',
  'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined', 'var', 'void', 'while', 'with', 'yield',
];
const MAX_PROTOTYPES = 5;

function escapeRegExp(s: string): string {
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

/** Flattens groups: farthest first, each sorted, '' between groups. */
function merge(groups: string[][], filter: string): string[] {
  let kept = groups;
  if (kept.length && filter) {
    kept = kept.map((g) => g.filter((name) => name.indexOf(filter) === 0)).filter((g) => g.length > 0);
  }
  const out: string[] = [];
  for (let i = kept.length - 1; i >= 0; i--) {
    const group = kept[i].slice().sort();
    for (const name of group) out.push(name);
    out.push('');
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** Module names under the module paths (subdir: what was typed up to the last '/'). */
function moduleNames(host: CompletionHost, subdir: string): string[] {
  const exts = host.extensions();
  const indexFile = new RegExp('^index(' + exts.map(escapeRegExp).join('|') + ')$');
  const found: string[] = [];
  for (const p of host.modulePaths()) {
    const dir = path.resolve(p, subdir);
    let files: string[];
    try {
      files = host.readdir(dir);
    } catch {
      continue;
    }
    for (const name of files) {
      const ext = path.extname(name);
      // (0.10 took the base as name.slice(0, -ext.length): '' when there is no extension.)
      const base = name.slice(0, -ext.length);
      // npm's versioned folders, and its cache
      if (VERSIONED.test(base) || name === '.npm') continue;
      if (exts.indexOf(ext) !== -1) {
        if (!subdir || base !== 'index') found.push(subdir + base);
        continue;
      }
      const abs = path.resolve(dir, name);
      try {
        if (!host.isDirectory(abs)) continue;
        found.push(subdir + name + '/');
        for (const sub of host.readdir(abs)) if (indexFile.test(sub)) found.push(subdir + name);
      } catch {
        // unreadable: not offered
      }
    }
  }
  return found;
}

/**
 * Own property names, as 0.10's engine listed them: today's engines list Object.prototype's
 * `__proto__` accessor, V8 3.14 did not.
 */
function ownNames(obj: unknown): string[] {
  const names = Object.getOwnPropertyNames(obj);
  const i = names.indexOf('__proto__');
  // Object.prototype of any realm (a vm context has its own): no prototype, an accessor.
  if (i >= 0 && Object.getPrototypeOf(obj) === null) {
    const d = Object.getOwnPropertyDescriptor(obj, '__proto__');
    if (d && d.get) names.splice(i, 1);
  }
  return names;
}

/** Own names of `obj` and of up to five of its prototypes (a primitive: its constructor's). */
function memberGroups(obj: unknown): string[][] {
  const groups: string[][] = [];
  if (obj === null || obj === undefined) return groups;
  const isObject = typeof obj === 'object' || typeof obj === 'function';
  if (isObject) groups.push(ownNames(obj));
  try {
    let p: unknown = isObject
      ? Object.getPrototypeOf(obj)
      : (obj as { constructor?: { prototype?: unknown } }).constructor
        ? (obj as { constructor: { prototype: unknown } }).constructor.prototype
        : null;
    let left = MAX_PROTOTYPES;
    while (p !== null) {
      groups.push(ownNames(p));
      p = Object.getPrototypeOf(p);
      if (--left <= 0) break;
    }
  } catch {
    // a prototype that cannot be walked ends the walk
  }
  return groups;
}

export function complete(server: Completable, host: CompletionHost, line: string, callback: CompleteCallback): void {
  // Inside an unfinished command: complete in a REPL that has run the session without its
  // function heads (their locals become globals there), if that REPL finished the command.
  if (server.bufferedCommand && server.bufferedCommand.length) {
    const replayed = server.lines.slice();
    for (const level of server.lines.level) if (level.isFunction) replayed[level.line] = '';
    const nested = host.replay(replayed);
    if (!nested.bufferedCommand) {
      nested.complete(line, callback);
      return;
    }
  }

  const groups: string[][] = [];
  let completeOn: string | undefined;
  let filter = '';
  const done = () => callback(null, [groups.length ? merge(groups, filter) : [], completeOn]);

  let m: RegExpExecArray | null;
  if ((m = COMMAND.exec(line))) {
    groups.push(Object.keys(server.commands));
    completeOn = m[1];
    if (m[1].length > 1) filter = m[1];
    done();
    return;
  }

  if ((m = REQUIRE.exec(line))) {
    completeOn = m[1];
    filter = m[1];
    const subdir = m[2] || '';
    const names = moduleNames(host, subdir);
    if (names.length) groups.push(names);
    if (!subdir) groups.push(host.builtinLibs);
    done();
    return;
  }

  const last = line.charAt(line.length - 1);
  if (line.length !== 0 && !/\w|\.|\$/.test(last)) {
    done();
    return;
  }
  m = SIMPLE_EXPRESSION.exec(line);
  if (line.length !== 0 && !m) {
    done();
    return;
  }

  let expr: string;
  completeOn = m ? m[0] : '';
  if (line.length === 0) {
    expr = '';
  } else if (last === '.') {
    expr = (m as RegExpExecArray)[0].slice(0, -1);
  } else {
    const bits = (m as RegExpExecArray)[0].split('.');
    filter = bits.pop() as string;
    expr = bits.join('.');
  }

  const addStandardGlobals = () => {
    groups.push(STANDARD_GLOBALS);
    // Keywords only get in the way when nothing is typed.
    if (filter) groups.push(KEYWORDS);
  };

  if (!expr) {
    const context = server.context;
    const ctor = context && (context as { constructor?: { name?: string } }).constructor;
    if (server.useGlobal || (ctor && ctor.name === 'Context')) {
      // Names in scope, read from the context and its prototypes (nearest first).
      const protos: string[][] = [];
      let proto: unknown = context;
      while ((proto = Object.getPrototypeOf(proto))) protos.push(ownNames(proto));
      for (const g of protos) groups.push(g);
      groups.push(ownNames(context));
      addStandardGlobals();
      done();
    } else {
      // A context of a custom eval: ask it for '.scope'.
      server.eval('.scope', context, 'repl', (err, scope) => {
        const globals = scope as unknown[] | undefined;
        if (err || !globals) {
          addStandardGlobals();
        } else if (Array.isArray(globals[0])) {
          for (const g of globals as string[][]) groups.push(g);
        } else {
          groups.push(globals as string[]);
          addStandardGlobals();
        }
        done();
      });
    }
    return;
  }

  server.eval(expr, server.context, 'repl', (_err, obj) => {
    const members = memberGroups(obj);
    if (members.length) {
      for (const g of members) groups.push(g.map((name) => expr + '.' + name));
      if (filter) filter = expr + '.' + filter;
    }
    done();
  });
}
