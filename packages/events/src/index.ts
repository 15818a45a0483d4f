// @n10/events: node 0.10's require('events'), portable.
//
// `{ usingDomains, EventEmitter }`, as in 0.10 (the module is not the constructor there).
// A domain module hooks in through `EventEmitter[Symbol.for('n10.events.domainModule')]`
// (see domain.ts).
import { events, type EventEmitter as EventEmitterInstance } from './emitter';

export type { EventEmitterConstructor, EventsModule, Listener } from './emitter';
export type { DomainLike, DomainModuleLike } from './domain';

/** An emitter instance (the type); the constructor is the value of the same name. */
export type EventEmitter = EventEmitterInstance;
// Exported under an alias: a second top-level `EventEmitter` binding would make the
// bundler rename the constructor itself.
const EventEmitterClass = events.EventEmitter;
export { EventEmitterClass as EventEmitter };
export default events;
