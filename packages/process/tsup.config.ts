import { n10Package } from '../../tsup.shared.mjs';

// internal.ts imports the package's own public entry: keep it external so both entries share
// one module instance (one process object, one tick queue) at run time.
export default n10Package({ entry: ['src/index.ts', 'src/internal.ts'], external: ['@n10/process', '@n10/binding'] });
