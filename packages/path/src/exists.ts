// path.exists / path.existsSync: 0.10 keeps them as deprecated forwards to fs.
//
// path sits below fs in the layers (fs needs path, not the reverse), so fs is not imported:
// whoever has it (the n10 runtime, or @n10/fs when it loads) hands it over through
// `provideFs` in '@n10/path/internal'.
import process from '@n10/process';

export interface ExistsFs {
  exists(path: string, callback?: (exists: boolean) => void): void;
  existsSync(path: string): boolean;
}

// The loader lives under a registered symbol on the global object, not in a module
// variable: the CJS and ESM builds and the '/internal' entry each carry their own copy of
// this file, and all of them must see the one registration. (A symbol is no global name.)
const FS_LOADER = Symbol.for('@n10/path:fs');
type Registry = { [FS_LOADER]?: () => ExistsFs };

/** Registers where path.exists finds fs (a loader, so fs loads only when first needed). */
export function provideFs(loader: () => ExistsFs): void {
  Object.defineProperty(globalThis, FS_LOADER, { value: loader, configurable: true, writable: true });
}

function fs(): ExistsFs {
  const loader = (globalThis as Registry)[FS_LOADER];
  if (!loader) throw new Error('path.exists needs fs: load @n10/fs or run under n10');
  return loader();
}

interface DeprecationFlags {
  noDeprecation?: boolean;
  throwDeprecation?: boolean;
  traceDeprecation?: boolean;
}

// util.deprecate's 0.10 behaviour: warn once on stderr, or throw / trace when the process
// asks for it. (Local until @n10/util exports deprecate; then this imports it.)
function deprecate<F extends (...args: never[]) => unknown>(fn: F, msg: string): F {
  const flags = process as unknown as DeprecationFlags;
  if (flags.noDeprecation) return fn;
  let warned = false;
  const deprecated = function (this: unknown, ...args: Parameters<F>): ReturnType<F> {
    if (!warned) {
      if (flags.throwDeprecation) throw new Error(msg);
      if (flags.traceDeprecation) console.trace(msg);
      else console.error(msg);
      warned = true;
    }
    return fn.apply(this, args) as ReturnType<F>;
  };
  return deprecated as unknown as F;
}

export const exists = deprecate(function exists(path: string, callback?: (exists: boolean) => void): void {
  fs().exists(path, callback);
}, 'path.exists is now called `fs.exists`.');

export const existsSync = deprecate(function existsSync(path: string): boolean {
  return fs().existsSync(path);
}, 'path.existsSync is now called `fs.existsSync`.');
