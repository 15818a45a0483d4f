import { n10Package } from '../../tsup.shared.mjs';

export default n10Package();
