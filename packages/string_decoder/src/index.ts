// @n10/string_decoder: node 0.10's require('string_decoder').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const string_decoder: Record<string, unknown> = { __n10Unbuilt: true };

export default string_decoder;
