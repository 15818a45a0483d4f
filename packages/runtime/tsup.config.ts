import { n10Package } from '../../tsup.shared.mjs';

// A default import of another package (`import binding from '@n10/binding'`) bundles as
// `__toESM(require("@n10/binding"))`: a fresh object with a getter for every property of the
// module, made once per importing file (binding has 115; five files import it). That was a
// millisecond of n10's start-up. The runtime only ever reads `.default` and named properties
// through these objects, so an object whose prototype is the module serves as well.
const cheapDefaultImports = {
  name: 'n10-runtime-cheap-default-imports',
  renderChunk(code: string) {
    if (!code.includes('__toESM(require("@n10/')) return;
    const helper = 'var __n10Default = (mod) => Object.create(mod, { default: { value: mod, enumerable: true } });\n';
    const body = code.split('__toESM(require("@n10/').join('__n10Default(require("@n10/');
    const at = body.indexOf('var __toESM =');
    return { code: at < 0 ? body : body.slice(0, at) + helper + body.slice(at) };
  },
};

// The runtime runs on the host node: it is the one package built for platform 'node', and
// its entry is the executable's main, not a module face.
const config = n10Package({
  // stdio.ts is its own entry: required on first use of process.stdin/stdout/stderr.
  // code-cache.ts too: bin/n10.js installs it before loading cli.js.
  entry: ['src/cli.ts', 'src/index.ts', 'src/stdio.ts', 'src/code-cache.ts'],
  platform: 'node',
  target: 'node18',
  cjsDefault: false,
  format: ['cjs'],
});
config.plugins = [...(config.plugins ?? []), cheapDefaultImports];
export default config;
