// @n10/binding: node 0.10's require('binding').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const binding: Record<string, unknown> = { __n10Unbuilt: true };

export default binding;
