// @n10/process: node 0.10's require('process').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const process: Record<string, unknown> = { __n10Unbuilt: true };

export default process;
