import { n10Package } from '../../tsup.shared.mjs';

// internal.ts imports the package's own public entry: keep it external so both entries share
// one module instance (one Buffer class) at run time.
export default n10Package({ entry: ['src/index.ts', 'src/internal.ts'], external: ['@n10/buffer', '@n10/binding'] });
