// @n10/punycode: node 0.10's require('punycode').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const punycode: Record<string, unknown> = { __n10Unbuilt: true };

export default punycode;
