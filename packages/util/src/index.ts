// @n10/util: node 0.10's require('util').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const util: Record<string, unknown> = { __n10Unbuilt: true };

export default util;
