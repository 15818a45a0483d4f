import { n10Package } from '../../tsup.shared.mjs';

export default n10Package({ entry: ['src/index.ts', 'src/internal.ts'] });
