// @n10/os: node 0.10's require('os').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const os: Record<string, unknown> = { __n10Unbuilt: true };

export default os;
