// process._fatalException: where an exception that nothing caught goes, as 0.10 decides.
//
// With an active domain (process.domain), the error is tagged and emitted as that domain's
// 'error'; if the domain's handler throws, the next domain out gets the new error, and with
// none left the exception is fatal. Without a domain, 'uncaughtException' listeners get
// it. Not caught: 'exit' is emitted with 1 (the runtime then prints and exits with 8).
import { EventEmitter } from '@n10/events';
import { needTickCallback } from './next-tick';

interface ErrorDomain {
  _disposed?: boolean;
  emit(event: 'error', er: unknown): boolean;
}

interface DomainModuleState {
  _stack: ErrorDomain[];
  active: ErrorDomain | null | undefined;
}

export interface FatalProcess {
  domain?: ErrorDomain | null;
  _exiting: boolean;
  emit(event: string, ...args: unknown[]): boolean;
}

const DOMAIN_MODULE = Symbol.for('n10.events.domainModule');

function domainModule(): DomainModuleState | undefined {
  return (EventEmitter as unknown as Record<symbol, DomainModuleState | undefined>)[DOMAIN_MODULE];
}

export function makeFatalException(p: FatalProcess): (er: unknown) => boolean {
  // One function, the emits in it, as 0.10's: stacks of the listeners show it as
  // process._fatalException (a domain's parents are tried in a loop, not by recursion).
  return function fatalException(er: unknown): boolean {
    let domain = p.domain;
    let caught: boolean;
    if (domain) {
      const dm = domainModule();
      for (;;) {
        // Errors from a disposed domain's leftovers are dropped.
        if (domain._disposed) {
          caught = true;
          break;
        }
        // 0.10 tagged whatever was thrown: a primitive silently, null or undefined with a
        // TypeError that escapes (the process then dies with 7).
        if (er === null || er === undefined) throw new TypeError("Cannot set property 'domain' of " + er);
        if (typeof er === 'object' || typeof er === 'function') {
          const tagged = er as { domain?: ErrorDomain; domainThrown?: boolean };
          tagged.domain = domain;
          tagged.domainThrown = true;
        }
        try {
          caught = domain.emit('error', er);
          // Handled: every domain is exited, the next callback starts from none.
          if (dm) {
            dm._stack.length = 0;
            dm.active = null;
          }
          p.domain = null;
          break;
        } catch (er2) {
          // The handler threw: the next domain out gets the new error.
          caught = false;
          if (!dm) break;
          if (domain === dm.active) dm._stack.pop();
          if (!dm._stack.length) break;
          domain = dm._stack[dm._stack.length - 1];
          p.domain = dm.active = domain;
          er = er2;
        }
      }
    } else {
      caught = p.emit('uncaughtException', er);
    }
    if (caught) {
      // Ticks left behind by the throw run on the loop's next turn.
      needTickCallback();
      return true;
    }
    try {
      if (!p._exiting) {
        p._exiting = true;
        p.emit('exit', 1);
      }
    } catch {
      // 0.10 ignores an 'exit' listener's throw on the way down.
    }
    return false;
  };
}
