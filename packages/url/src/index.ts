// @n10/url: node 0.10's require('url').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const url: Record<string, unknown> = { __n10Unbuilt: true };

export default url;
