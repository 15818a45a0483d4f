// @n10/tty: node 0.10's require('tty').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const tty: Record<string, unknown> = { __n10Unbuilt: true };

export default tty;
