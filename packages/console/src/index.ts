// @n10/console: node 0.10's require('console').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const console: Record<string, unknown> = { __n10Unbuilt: true };

export default console;
