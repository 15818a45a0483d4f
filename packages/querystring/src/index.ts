// @n10/querystring: node 0.10's require('querystring').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const querystring: Record<string, unknown> = { __n10Unbuilt: true };

export default querystring;
