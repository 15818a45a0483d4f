// vm.Script: code compiled once, run in this context, a new one, or a given one.
import * as hostVm from 'node:vm';
import { SourceCode, createContext, isContext, runIn, runInFresh, wordedAs010, type Context } from './context';

// The file name of code run without one: only when the argument is absent (0.10 counted its
// arguments; an explicit undefined is the file "undefined", and Script always passes one).
export const DEFAULT_FILENAME = 'evalmachine.<anonymous>';

export function needCode(code: unknown): string {
  if (code === undefined) throw new TypeError("needs at least 'code' argument.");
  return String(code);
}

function needContext(ctx: unknown): Context {
  if (!isContext(ctx)) throw new TypeError("needs a 'context' argument.");
  return ctx;
}

export function compile(code: unknown, filename?: unknown): hostVm.Script {
  const source = needCode(code);
  const file = fileName(filename);
  compiled(file, source);
  try {
    return new hostVm.Script(source, { filename: file });
  } catch (err) {
    throw wordedAs010(err, source);
  }
}

function fileName(filename: unknown): string {
  return String(filename);
}

/** Code to compile inside the context it runs in (0.10's runInContext / runInNewContext). */
export function source(code: unknown, filename?: unknown): SourceCode {
  const text = needCode(code);
  const file = fileName(filename);
  compiled(file, text);
  return new SourceCode(text, file);
}

// A host that words engine errors as V8 3.14 did from the source (the n10 runtime: "Cannot call
// method 'f' of null" for a call, and where a failed read was placed) is told of the code vm
// compiles, under its file name: globalThis[Symbol.for('n10.vm.compiled')] = (file, code) => void.
const COMPILED = Symbol.for('n10.vm.compiled');
function compiled(file: string, code: string): void {
  const hook = (globalThis as Record<symbol, unknown>)[COMPILED];
  if (typeof hook === 'function') (hook as (file: string, code: string) => void)(file, code);
}

export function runCompiledInNewContext(script: hostVm.Script | SourceCode, sandbox?: unknown): unknown {
  return runInFresh(script, sandbox);
}

export interface Script {
  createContext(init?: object): Context;
  runInContext(ctx: Context): unknown;
  runInThisContext(): unknown;
  runInNewContext(sandbox?: object): unknown;
}

export interface ScriptConstructor {
  new (code: string, filename?: string): Script;
  (code: string, filename?: string): Script;
  prototype: Script;
}

// 0.10's C++ caught what the code run threw and threw it again from there, so an uncaught error
// (of the code, or of a function it called) showed as its site the JavaScript that had called
// the binding: for a Script's methods, vm.js's line 41 (the n10 runtime prints a site noted in
// globalThis[Symbol.for('n10.throwSites')], a WeakMap from errors to sites).
const THROW_SITES = Symbol.for('n10.throwSites');
const SCRIPT_CALL_SITE = { file: 'vm.js', line: 41, text: '        return ns[f].apply(ns, arguments);', caret: ' '.repeat(21) + '^' };
function sitedAtScriptCall(err: unknown): unknown {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites && ((typeof err === 'object' && err !== null) || typeof err === 'function')) sites.set(err, SCRIPT_CALL_SITE);
  return err;
}

/**
 * 0.10's Script keeps its methods on the instance (its prototype is empty); each checks that
 * it is called on a Script (`TypeError: invalid call to runInThisContext` otherwise).
 */
export const Script = function Script(this: Script, code: string, filename?: string): Script {
  if (!(this instanceof Script)) return new (Script as ScriptConstructor)(code, filename);
  const compiled = compile(code, filename);
  const methods: Record<keyof Script, (arg?: unknown) => unknown> = {
    createContext: function (this: unknown, init?: unknown): Context {
      return (createContext as (...args: unknown[]) => Context).apply(undefined, arguments.length ? [init] : []);
    },
    runInContext: (ctx?: unknown) => runIn(compiled, needContext(ctx)),
    runInThisContext: () => compiled.runInThisContext({ displayErrors: false }),
    runInNewContext: (sandbox?: unknown) => runCompiledInNewContext(compiled, sandbox),
  };
  for (const name of Object.keys(methods) as (keyof Script)[]) {
    const impl = methods[name];
    // Anonymous, as 0.10's bound methods were.
    (this as unknown as Record<string, unknown>)[name] = function (this: unknown): unknown {
      if (!(this instanceof Script)) throw new TypeError('invalid call to ' + name);
      try {
        return impl.apply(undefined, arguments as unknown as [unknown?]);
      } catch (err) {
        throw sitedAtScriptCall(err);
      }
    };
  }
  return this;
} as unknown as ScriptConstructor;

export function runInContextChecked(code: unknown, ctx: unknown, filename?: unknown): unknown {
  const c = needContext(ctx);
  return runIn(source(code, filename), c);
}
