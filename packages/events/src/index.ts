// @n10/events: node 0.10's require('events').
// Not built yet: the runtime reports this package as unavailable until it exports something.
const events: Record<string, unknown> = { __n10Unbuilt: true };

export default events;
