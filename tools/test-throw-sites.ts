// For package tests: the runtime's registry of throw sites (a WeakMap on a registered symbol,
// Symbol.for('n10.throwSites')) installed for one call; returns the site a package noted for
// the error `fn` threw (the file, line and text of 0.10's library that an uncaught error shows);
// and the function names of its frames (what a stack of it shows).
export interface ThrowSite {
  file: string;
  line: number;
  text: string;
  caret: string;
}

export function siteOfThrow(t: { throws: (fn: () => unknown) => unknown }, fn: () => unknown): ThrowSite | undefined {
  const key = Symbol.for('n10.throwSites');
  const g = globalThis as unknown as Record<symbol, unknown>;
  const had = Object.getOwnPropertyDescriptor(g, key);
  const sites = new WeakMap<object, ThrowSite>();
  Object.defineProperty(g, key, { value: sites, configurable: true });
  try {
    return sites.get(t.throws(fn) as object);
  } finally {
    delete g[key];
    if (had) Object.defineProperty(g, key, had);
  }
}

/** The function names of the stack frames of the error `fn` throws, through the CallSite API. */
export function frameNames(fn: () => unknown): string[] {
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, frames) => frames;
  try {
    fn();
  } catch (err) {
    return (err as { stack: { getFunctionName(): string | null }[] }).stack.map((s) => s.getFunctionName() || '');
  } finally {
    Error.prepareStackTrace = saved;
  }
  return [];
}
