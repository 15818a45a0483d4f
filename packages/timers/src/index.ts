// @n10/timers: node 0.10's require('timers').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const timers: Record<string, unknown> = { __n10Unbuilt: true };

export default timers;
