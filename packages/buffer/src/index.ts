// @n10/buffer: node 0.10's require('buffer').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const buffer: Record<string, unknown> = { __n10Unbuilt: true };

export default buffer;
