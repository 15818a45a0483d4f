import { n10Package } from '../../tsup.shared.mjs';

// The runtime runs on the host node: it is the one package built for platform 'node', and
// its entry is the executable's main, not a module face.
export default n10Package({
  // stdio.ts is its own entry: required on first use of process.stdin/stdout/stderr.
  // code-cache.ts too: bin/n10.js installs it before loading cli.js.
  entry: ['src/cli.ts', 'src/index.ts', 'src/stdio.ts', 'src/code-cache.ts'],
  platform: 'node',
  target: 'node18',
  cjsDefault: false,
  format: ['cjs'],
});
