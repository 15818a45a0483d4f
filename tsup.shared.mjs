// The one tsup setup every package builds with: ESM + CJS + d.ts from src/index.ts.
//
// CommonJS callers must see the module exactly as node 0.10's require('<name>') returns it
// (require('@n10/stream') is the Stream constructor, not { default: Stream }). Each
// src/index.ts therefore default-exports the module value, and the CJS build replaces
// module.exports with it. Named exports exist for ESM and TypeScript callers and are always
// properties of that default value, so nothing is lost in the swap.
import { defineConfig } from 'tsup';
import { restoreNames } from './scripts/restore-names.mjs';

// keepNames makes esbuild call __name(fn, 'name') wherever a named function is created, inner
// closures included, and renames bundled classes (`var _X = class _X …; __name(_X, "X")`).
// Two costs, both measured, both fixed by one replacement helper:
// - a defineProperty per closure made (once() + emit: 2.1M/s -> 13.6M/s): the helper leaves a
//   name the engine already gave alone;
// - on V8 11 (node 20), redefining `name` on a derived class leaves its constructor with a map
//   TurboFan cannot depend on: every function doing `new Derived()` is optimised, bails out
//   ("dependency change") and is retried forever (crypto's createHash().digest() ran 4x slower).
//   Using the constructor once as a prototype (Object.create) makes its map stable again.
const stableNames = {
  name: 'n10-stable-keep-names',
  renderChunk(code) {
    const helper = 'var __name = (target, value) => __defProp(target, "name", { value, configurable: true });';
    if (!code.includes(helper)) return;
    const replacement =
      'var __name = (target, value) => { if (target.name === value) return target; __defProp(target, "name", { value, configurable: true }); ' +
      'if (Object.getPrototypeOf(target) !== Function.prototype) Object.create(target); return target; };';
    // A constructor esbuild renamed (function WriteStream2) gets its source name back: stack
    // frames take the receiver's type name from it (scripts/restore-names.mjs).
    return { code: (restoreNames(code) ?? code).replace(helper, replacement) };
  },
};

const cjsFace = 'if (module.exports && module.exports.__esModule && "default" in module.exports) module.exports = module.exports.default;';

export function n10Package(options = {}) {
  const { entry = ['src/index.ts'], cjsDefault = true, ...rest } = options;
  return defineConfig({
    entry,
    format: ['cjs', 'esm'],
    dts: true,
    clean: true,
    target: 'es2020',
    platform: 'neutral',
    splitting: false,
    sourcemap: false,
    treeshake: false,
    // 0.10 programs see function names (util.inspect prints [Function: resolve]); bundling must not
    // rename a function because another module in the bundle used the same name.
    keepNames: true,
    shims: false,
    plugins: [stableNames],
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.js' : '.mjs' }),
    footer: ({ format }) => (format === 'cjs' && cjsDefault ? { js: cjsFace } : {}),
    ...rest,
  });
}
