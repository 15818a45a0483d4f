import { n10Package } from '../../tsup.shared.mjs';

// internal.ts reaches the resolver's state through the public entry: keep that external so
// both entries share one instance at run time.
export default n10Package({ entry: ['src/index.ts', 'src/internal.ts'], external: ['@n10/dns'] });
