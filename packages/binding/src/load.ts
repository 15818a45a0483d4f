// Finds and loads build/Release/n10_binding.node (built at install by scripts/build-addon.mjs).
//
// Loaded with the host's process.dlopen, captured from globalThis at import: this is the one
// place n10 meets the host's module loader for native code, and the runtime removes the host
// globals only after the n10 packages are loaded.
import type { NativeBinding } from './types';

declare const __dirname: string | undefined;

interface HostProcess {
  dlopen(module: { exports: unknown }, filename: string): void;
  env: Record<string, string | undefined>;
}

function here(): string {
  // CommonJS (dist/index.js, and src/ under tsx) has __dirname; the ESM build has import.meta.
  if (typeof __dirname === 'string') return __dirname;
  return decodeURIComponent(new URL('.', import.meta.url).pathname);
}

export function loadNative(): NativeBinding {
  const host = (globalThis as { process?: HostProcess }).process;
  if (!host || typeof host.dlopen !== 'function') {
    throw new Error('@n10/binding needs a Node.js host (process.dlopen is missing)');
  }
  const dir = here().replace(/\/+$/, '');
  const candidates = [
    host.env.N10_BINDING_PATH,
    dir + '/../build/Release/n10_binding.node',
    dir + '/../build/Debug/n10_binding.node',
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  const errors: string[] = [];
  for (const filename of candidates) {
    const mod = { exports: {} as unknown };
    try {
      host.dlopen(mod, filename);
      return mod.exports as NativeBinding;
    } catch (e) {
      errors.push(filename + ': ' + (e as Error).message);
    }
  }
  throw new Error(
    '@n10/binding: the native addon is not built (run `npm run build` in packages/binding, ' +
      'or `npm rebuild @n10/binding`).\n  ' + errors.join('\n  '),
  );
}
