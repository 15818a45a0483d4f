// 0.10's contexts: a `Context` is a plain-looking object of its own class. Running code in it
// copies its properties onto a real V8 context's global, runs, and — when the code did not
// throw — copies the global's properties back: 0.10's copy-in/copy-out semantics
// (node_script.cc's CloneObject), rebuilt over the host's contexts.
import * as hostVm from 'node:vm';

export interface Context {
  [key: string]: unknown;
}

interface Engine {
  /** The host's contextified object: what the context's global reads and writes through. */
  sandbox: object;
  /** The context's global (proxy), where its builtins are. */
  global: object;
}

const engines = new WeakMap<object, Engine>();

export const Context = function Context(this: Context) {} as unknown as { new (): Context; prototype: object };
Object.defineProperty(Context.prototype, Symbol.toStringTag, { value: 'Context', configurable: true });

// The own properties of a V8 3.14 global that CloneObject copied back onto the sandbox
// (non-enumerable): a program sees `sandbox.Array` (the context's) after a run. Today's
// globals have more (Map, Promise…); only these go back, as in 0.10.
const GLOBALS_010 = [
  'Array', 'JSON', 'Math', 'Date', 'Error', 'encodeURI', 'SyntaxError', 'RangeError', 'decodeURI',
  'ReferenceError', 'parseInt', 'EvalError', 'Number', 'undefined', 'parseFloat', 'escape', 'isNaN',
  'Object', 'decodeURIComponent', 'isFinite', 'Infinity', 'unescape', 'TypeError', 'URIError', 'RegExp',
  'NaN', 'Function', 'Boolean', 'String', 'eval', 'encodeURIComponent',
];

const getOwnNames = Object.getOwnPropertyNames;

const REMOVE_LATER_GLOBALS =
  '(function (g, keep) {' +
  ' var names = Object.getOwnPropertyNames(g);' +
  ' for (var i = 0; i < names.length; i++) if (keep.indexOf(names[i]) < 0) delete g[names[i]];' +
  ' return g;' +
  '})(this, ' + JSON.stringify(GLOBALS_010) + ')';
const getDescriptor = Object.getOwnPropertyDescriptor;
const defineProperty = Object.defineProperty;
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * 0.10's CloneObject: every own property name (enumerable or not) of `source`, by
 * descriptor (getters stay getters), a value that is `source` itself becoming `target`;
 * properties that cannot be defined (read-only, sealed) are skipped silently.
 */
function cloneObject(source: object, target: object, names: readonly string[] = getOwnNames(source), from: object = source): void {
  for (const key of names) {
    try {
      const desc = getDescriptor(from, key);
      if (!desc) continue;
      if (desc.value === source) desc.value = target;
      defineProperty(target, key, desc);
    } catch {
      // Catch sealed properties errors (as 0.10 did)
    }
  }
}

const ENGINE_010 = Symbol.for('n10.vm.engine010');

function newEngine(): Engine {
  const sandbox = hostVm.createContext({});
  // A context's global as V8 3.14 made it: today's V8 adds `console` and the builtins of later
  // editions (Promise, Map, Symbol, Proxy, typed arrays, Intl…), which 0.10's contexts did
  // not have (a program that feature-tests `typeof Map` in a context takes 0.10's branch).
  // The engine's own intrinsics stay: only the global names go.
  const global = hostVm.runInContext(REMOVE_LATER_GLOBALS, sandbox) as object;
  // A host that puts V8 3.14's builtin behaviours back (the n10 runtime: its Date, JSON, sort,
  // trim, Function#toString…) lends the installer: a context's builtins then match the program's.
  const engine010 = (globalThis as Record<symbol, unknown>)[ENGINE_010];
  if (typeof engine010 === 'function') (engine010 as (g: object) => void)(global);
  return { sandbox, global };
}

function copyIn(source: object, engine: Engine): void {
  cloneObject(source, engine.sandbox);
}

function copyOut(engine: Engine, target: object): void {
  cloneObject(engine.sandbox, target);
  // A `var x;` without initializer is declared on today's global only (the sandbox's
  // interceptors never see it); 0.10's context had it as a property, copied back.
  const declared = Object.keys(engine.global).filter((k) => !hasOwn.call(engine.sandbox, k));
  if (declared.length) cloneObject(engine.global, target, declared);
  cloneObject(engine.global, target, GLOBALS_010.filter((k) => !Object.prototype.hasOwnProperty.call(engine.sandbox, k)));
}

function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

export const createContext = function (init?: object): Context {
  const ctx = new Context();
  if (arguments.length > 0) {
    if (!isObject(init)) throw new TypeError('createContext() accept only object as first argument.');
    cloneObject(init, ctx);
  }
  engines.set(ctx, newEngine());
  return ctx;
};

export function isContext(value: unknown): value is Context {
  return typeof value === 'object' && value !== null && engines.has(value);
}

function run(script: hostVm.Script | SourceCode, engine: Engine): unknown {
  if (script instanceof SourceCode) {
    // Compiled inside the context, as 0.10 did: a SyntaxError is the context's own.
    try {
      return hostVm.runInContext(script.code, engine.sandbox, { filename: script.filename, displayErrors: false });
    } catch (err) {
      throw wordedAs010(err, script.code);
    }
  }
  return script.runInContext(engine.sandbox, { displayErrors: false });
}

/** Source not compiled yet: runInContext / runInNewContext compile it in the context itself. */
export class SourceCode {
  constructor(
    readonly code: string,
    readonly filename: string,
  ) {}
}

/** 0.10's (V8 3.14's) wording of a compile error the host's V8 words differently. */
function message010(message: string): string | undefined {
  const m = /^Unexpected token '(.+)'$/.exec(message);
  if (m) return 'Unexpected token ' + m[1];
  if (/^Unexpected identifier '.*'$/.test(message)) return 'Unexpected identifier';
  if (message === 'Invalid or unexpected token') return 'Unexpected token ILLEGAL';
  const b = /^(Illegal (?:break|continue) statement)(?::.*)?$/.exec(message);
  if (b) return b[1];
  return undefined;
}

// The host vm's decoration of a compile error's stack: "file:line\n<source line>\n<carets>\n\n".
const DECORATION = /^.*:\d+\n.*\n[ \t]*\^+\n\n/;

// A host (the n10 runtime) that words compile errors as V8 3.14 did, from the source, can lend
// that to vm: globalThis[Symbol.for('n10.vm.syntaxError010')] = (err, source) => err. vm calls
// it on each compile error (with the code being compiled), then applies its own wording below
// to whatever still has today's words (an error of another context's realm, say).
const SYNTAX_ERROR_010 = Symbol.for('n10.vm.syntaxError010');

/** A compile error (of any realm) as 0.10 had it: its words, a plain stack; anything else as it is. */
export function wordedAs010(err: unknown, source?: string): unknown {
  const hook = (globalThis as Record<symbol, unknown>)[SYNTAX_ERROR_010];
  if (typeof hook === 'function' && source !== undefined) {
    try {
      err = (hook as (e: unknown, src: string) => unknown)(err, source);
    } catch {
      // the hook failed: vm's own wording still applies
    }
  }
  if (!isObject(err) || (err as Error).name !== 'SyntaxError') return err;
  const e = err as Error;
  if (typeof e.message !== 'string') return err;
  const message = message010(e.message);
  if (message !== undefined) e.message = message;
  if (typeof e.stack === 'string') {
    const d = DECORATION.exec(e.stack);
    const rest = d ? e.stack.slice(d[0].length) : e.stack;
    const nl = rest.indexOf('\n');
    const frames = nl < 0 ? [] : rest.slice(nl + 1).split('\n').filter((f) => !/\(node:|at node:/.test(f));
    e.stack = ['SyntaxError: ' + e.message, ...frames].join('\n');
  }
  return err;
}

/** Runs a compiled script in `ctx`: properties in, run, properties out (unless it threw). */
export function runIn(script: hostVm.Script | SourceCode, ctx: Context): unknown {
  const engine = engines.get(ctx) as Engine;
  copyIn(ctx, engine);
  const result = run(script, engine);
  copyOut(engine, ctx);
  return result;
}

/** Runs a compiled script in a fresh context seeded from `sandbox` (a non-object: none). */
export function runInFresh(script: hostVm.Script | SourceCode, sandbox: unknown): unknown {
  const target = isObject(sandbox) ? sandbox : {};
  const engine = newEngine();
  copyIn(target, engine);
  const result = run(script, engine);
  copyOut(engine, target);
  return result;
}
