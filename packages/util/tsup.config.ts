import { n10Package } from '../../tsup.shared.mjs';

// internal.ts holds only stateless helpers, so it may bundle its own copy of them.
export default n10Package({ entry: ['src/index.ts', 'src/internal.ts'] });
