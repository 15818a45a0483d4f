// path.exists / path.existsSync: 0.10 keeps them as deprecated forwards to fs.
//
// path sits below fs in the layers (fs needs path, not the reverse), so fs is not imported:
// whoever has it (the n10 runtime, or @n10/fs when it loads) hands it over through
// `provideFs` in '@n10/path/internal'.
import { deprecate } from '@n10/util';

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

export const exists = deprecate(function exists(path: string, callback?: (exists: boolean) => void): void {
  fs().exists(path, callback);
}, 'path.exists is now called `fs.exists`.');

export const existsSync = deprecate(function existsSync(path: string): boolean {
  return fs().existsSync(path);
}, 'path.existsSync is now called `fs.existsSync`.');
