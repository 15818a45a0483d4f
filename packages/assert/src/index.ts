// @n10/assert: node 0.10's require('assert').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const assert: Record<string, unknown> = { __n10Unbuilt: true };

export default assert;
