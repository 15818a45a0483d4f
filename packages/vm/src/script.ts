// vm.Script: code compiled once, run in this context, a new one, or a given one.
import * as hostVm from 'node:vm';
import { createContext, isContext, runIn, type Context } from './context';

const DEFAULT_FILENAME = 'evalmachine.<anonymous>';

export function needCode(code: unknown): string {
  if (code === undefined) throw new TypeError("needs at least 'code' argument.");
  return String(code);
}

function needContext(ctx: unknown): Context {
  if (!isContext(ctx)) throw new TypeError("needs a 'context' argument.");
  return ctx;
}

export function compile(code: unknown, filename?: unknown): hostVm.Script {
  return new hostVm.Script(needCode(code), { filename: filename === undefined ? DEFAULT_FILENAME : String(filename) });
}

export function runCompiledInNewContext(script: hostVm.Script, sandbox?: object): unknown {
  const ctx = createContext(sandbox);
  try {
    return runIn(script, ctx);
  } finally {
    if (sandbox && typeof sandbox === 'object') {
      for (const key of Object.keys(ctx)) (sandbox as Record<string, unknown>)[key] = ctx[key];
    }
  }
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

/** 0.10's Script keeps its methods on the instance (its prototype is empty). */
export const Script = function Script(this: Script, code: string, filename?: string): Script {
  if (!(this instanceof Script)) return new (Script as ScriptConstructor)(code, filename);
  const compiled = compile(code, filename);
  this.createContext = createContext;
  this.runInContext = (ctx: Context) => runIn(compiled, needContext(ctx));
  this.runInThisContext = () => compiled.runInThisContext({ displayErrors: false });
  this.runInNewContext = (sandbox?: object) => runCompiledInNewContext(compiled, sandbox);
  return this;
} as unknown as ScriptConstructor;

export function runInContextChecked(code: unknown, ctx: unknown, filename?: unknown): unknown {
  const c = needContext(ctx);
  return runIn(compile(code, filename), c);
}
