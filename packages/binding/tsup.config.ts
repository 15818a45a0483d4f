import { n10Package } from '../../tsup.shared.mjs';

export default n10Package({
  // Looked up lazily and optionally (see lazyTick in src/index.ts), never bundled.
  external: ['@n10/process'],
  esbuildOptions(options: { logOverride?: Record<string, string> }) {
    // src/load.ts reads import.meta.url only where __dirname is missing (the ESM build).
    options.logOverride = { ...options.logOverride, 'empty-import-meta': 'silent' };
  },
});
