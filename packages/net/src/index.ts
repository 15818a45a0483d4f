// @n10/net: node 0.10's require('net').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const net: Record<string, unknown> = { __n10Unbuilt: true };

export default net;
