// 0.10's contexts: a `Context` is a plain-looking object of its own class. Running code in it
// copies its properties onto a real V8 context's global, runs, and copies every global
// property back — 0.10's copy-in/copy-out semantics, rebuilt over the host's contexts.
import * as hostVm from 'node:vm';

export interface Context {
  [key: string]: unknown;
}

const engines = new WeakMap<object, object>();

export const Context = function Context(this: Context) {} as unknown as { new (): Context; prototype: object };
Object.defineProperty(Context.prototype, Symbol.toStringTag, { value: 'Context', configurable: true });

function copyOwn(from: object, to: Record<string, unknown>): void {
  for (const key of Object.keys(from)) to[key] = (from as Record<string, unknown>)[key];
}

export const createContext = function (init?: object): Context {
  const ctx = new Context();
  if (init && typeof init === 'object') copyOwn(init, ctx);
  const sandbox = hostVm.createContext({});
  // V8 gives every context a `console`; 0.10's had none.
  hostVm.runInContext('delete this.console', sandbox);
  engines.set(ctx, sandbox);
  return ctx;
};

export function isContext(value: unknown): value is Context {
  return typeof value === 'object' && value !== null && engines.has(value);
}

/** Runs a compiled script in `ctx`: properties in, run, properties out. */
export function runIn(script: hostVm.Script, ctx: Context): unknown {
  const sandbox = engines.get(ctx) as Record<string, unknown>;
  copyOwn(ctx, sandbox);
  try {
    return script.runInContext(sandbox, { displayErrors: false });
  } finally {
    copyOwn(sandbox, ctx);
  }
}
