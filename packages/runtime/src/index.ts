// @n10/runtime: node 0.10's require('runtime').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const runtime: Record<string, unknown> = { __n10Unbuilt: true };

export default runtime;
