// @n10/path: node 0.10's require('path').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const path: Record<string, unknown> = { __n10Unbuilt: true };

export default path;
