import { n10Package } from '../../tsup.shared.mjs';

// vm is the host engine's contexts (DESIGN.md: the one portable-layer module whose engine is
// the host's), so it builds for platform 'node'.
export default n10Package({ platform: 'node' });
