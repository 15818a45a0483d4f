// @n10/stream: node 0.10's require('stream').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const stream: Record<string, unknown> = { __n10Unbuilt: true };

export default stream;
