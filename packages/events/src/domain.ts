// The seam between EventEmitter and a domain module, kept generic: events cannot depend on
// domain (domain depends on events).
//
// A domain module, as 0.10's does, sets `events.usingDomains = true` and registers itself
// as `EventEmitter[DOMAIN_MODULE]`; emitters then read its `active` domain and `Domain`
// class, exactly what 0.10's events.js reads from require('domain'). The key is a
// registered symbol, invisible to 0.10 programs (no Object.keys, no inspect output).

export interface DomainLike {
  enter(): void;
  exit(): void;
  emit(event: 'error', err: unknown): unknown;
}

export interface DomainModuleLike {
  active: DomainLike | null | undefined;
  Domain: Function;
}

export const DOMAIN_MODULE: unique symbol = Symbol.for('n10.events.domainModule') as never;
