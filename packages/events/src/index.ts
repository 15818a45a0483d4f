// @n10/events: node 0.10's require('events'), portable.
//
// `{ usingDomains, EventEmitter }`, as in 0.10 (the module is not the constructor there).
// A domain module hooks in through `EventEmitter[Symbol.for('n10.events.domainModule')]`
// (see domain.ts).
import { events, type EventEmitter as EventEmitterInstance, type EventEmitterConstructor } from './emitter';

export type { EventEmitterConstructor, EventsModule, Listener } from './emitter';
export type { DomainLike, DomainModuleLike } from './domain';

// Exported under an alias: a second top-level `EventEmitter` binding would make the
// bundler rename the constructor itself. The alias is both the constructor (value) and
// the instance type, like a class.
const EventEmitterClass: EventEmitterConstructor = events.EventEmitter;
type EventEmitterClass = EventEmitterInstance;
export { EventEmitterClass as EventEmitter };
export default events;
