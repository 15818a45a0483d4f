// @n10/domain: node 0.10's require('domain'): { Domain, createDomain, create, _stack, active }.
//
// Loading it turns domains on, as in 0.10: EventEmitters created afterwards remember the
// active domain (@n10/events reads this module through its registry symbol), and
// process.nextTick callbacks run in the domain that was active when they were queued.
import events, { EventEmitter } from '@n10/events';
import process from '@n10/process';
import timers from '@n10/timers';
import { makeDomainClass, type Domain, type DomainConstructor, type DomainState, type Member } from './domain';

export interface DomainModule extends DomainState {
  Domain: DomainConstructor;
  createDomain(): Domain;
  create(): Domain;
}

const domainModule = {} as DomainModule;
// One name for the constructor (value) and the instance (type), like a class.
const DomainClass: DomainConstructor = makeDomainClass(domainModule, (timer) => timers.clearTimeout(timer as never));
type DomainClass = Domain;

// Anonymous, as 0.10's (inspect shows [Function]).
const create = function (): Domain {
  return new DomainClass();
};
// 0.10's `exports.create = function(cb)`: no name (today's engine infers 'create'), one parameter.
Object.defineProperty(create, 'name', { value: '', configurable: true });
Object.defineProperty(create, 'length', { value: 1, configurable: true });

domainModule.Domain = DomainClass;
domainModule.createDomain = create;
domainModule.create = create;
domainModule._stack = [];
domainModule.active = null;

events.usingDomains = true;
(EventEmitter as unknown as Record<symbol, unknown>)[Symbol.for('n10.events.domainModule')] = domainModule;
// 0.10's own switch: process.nextTick callbacks now capture the active domain.
(process as unknown as { _usingDomains(): void })._usingDomains();

export type { DomainConstructor, Member };
export { DomainClass as Domain, create, create as createDomain };
export default domainModule;
