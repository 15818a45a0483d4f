// @n10/fs: node 0.10's require('fs').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const fs: Record<string, unknown> = { __n10Unbuilt: true };

export default fs;
