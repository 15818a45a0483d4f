// The one tsup setup every package builds with: ESM + CJS + d.ts from src/index.ts.
//
// CommonJS callers must see the module exactly as node 0.10's require('<name>') returns it
// (require('@n10/stream') is the Stream constructor, not { default: Stream }). Each
// src/index.ts therefore default-exports the module value, and the CJS build replaces
// module.exports with it. Named exports exist for ESM and TypeScript callers and are always
// properties of that default value, so nothing is lost in the swap.
import { defineConfig } from 'tsup';

// keepNames makes esbuild call __name(fn, 'name') wherever a named function is created, inner
// closures included: a defineProperty each time, which dominated hot paths that make closures
// (measured: once() + emit 2.1M/s → see the events benchmark). Nearly always the engine already
// gave the function that name, so the helper only redefines it when it differs.
const cheapNames = {
  name: 'n10-cheap-keep-names',
  renderChunk(code) {
    const helper = 'var __name = (target, value) => __defProp(target, "name", { value, configurable: true });';
    if (!code.includes(helper)) return;
    return {
      code: code.replace(
        helper,
        'var __name = (target, value) => target.name === value ? target : __defProp(target, "name", { value, configurable: true });',
      ),
    };
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
    plugins: [cheapNames],
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.js' : '.mjs' }),
    footer: ({ format }) => (format === 'cjs' && cjsDefault ? { js: cjsFace } : {}),
    ...rest,
  });
}
