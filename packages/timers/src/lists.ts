// Timer lists, as 0.10 kept them: one Timer handle per distinct duration, holding the
// timers of that duration in the order they were (re)started. Since they share a duration,
// that is also the order they expire in, so the handle only ever waits for the first one.
// This is what timers.enroll/unenroll/active expose, and what setTimeout is built on.
import process from '@n10/process';
import * as L from './linklist';
import { newTimer, propertyNotAFunction, sited, type TimerHandle } from './handles';

interface DomainLike {
  _disposed?: boolean;
  enter(): void;
  exit(): void;
}

/** Anything timers.enroll() turned into a timer: 0.10's fields, on the caller's object. */
export interface TimerItem extends L.Linked {
  _idleTimeout?: number;
  _idleStart?: number | null;
  _onTimeout?: (() => void) | null;
  domain?: DomainLike | null;
  [key: string]: unknown;
}

/** A list head: the Timer handle itself, with the list links, its duration and callback. */
interface TimerList extends TimerHandle, L.Linked {
  msecs: number;
}

const lists: Record<number, TimerList> = {};

// Stopped list handles kept for the next new duration: making and closing a binding Timer
// costs five times starting and stopping one (a stopped timer does not keep the loop alive).
const spare: TimerList[] = [];
const MAX_SPARE = 16;

/** Takes an emptied list out of use. Only a list still registered for its duration is
 * retired (so a list retired meanwhile, and perhaps reused for another duration, is not). */
function retire(list: TimerList): void {
  if (lists[list.msecs] !== list) return;
  delete lists[list.msecs];
  if (spare.length < MAX_SPARE) {
    list.stop();
    list.ontimeout = null;
    spare.push(list);
  } else {
    list.close();
  }
}

function listOnTimeout(this: TimerList): void {
  const list = this;
  const msecs = list.msecs;
  const now = Date.now();
  let first: TimerItem | null;
  while ((first = L.peek<TimerItem>(list))) {
    const diff = now - (first._idleStart as number);
    if (diff < msecs) {
      list.start(msecs - diff, 0);
      return;
    }
    L.remove(first);
    if (!first._onTimeout) continue;
    const domain = first.domain;
    if (domain && domain._disposed) continue;
    let threw = true;
    try {
      if (domain) domain.enter();
      if (typeof first._onTimeout !== 'function') {
        throw sited(propertyNotAFunction(first, '_onTimeout'), 110, '        first._onTimeout();', 14);
      }
      first._onTimeout();
      if (domain) domain.exit();
      threw = false;
    } finally {
      // The rest of this list still runs if the exception is handled, on the next tick
      // (unless the list has been retired meanwhile: 0.10's, closed, then found it empty).
      if (threw) process.nextTick(() => list.ontimeout && list.ontimeout());
    }
  }
  retire(list);
}

/** Starts `item` in the list for `msecs`, making the list (and its handle) if needed. */
function insert(item: TimerItem, msecs: number): void {
  item._idleStart = Date.now();
  let list = lists[msecs];
  if (!list) {
    list = spare.pop() || (newTimer() as TimerList);
    L.init(list);
    list.msecs = msecs;
    list.ontimeout = listOnTimeout;
    lists[msecs] = list;
    // (An enrolled item may carry a string: 0.10's Timer took its IntegerValue.)
    list.start(Number(msecs) || 0, 0);
  }
  L.append(list, item);
}

/** timers.unenroll(item): takes `item` out of its list; it will not fire. */
export function unenroll(item: TimerItem): void {
  L.remove(item);
  const msecs = item._idleTimeout as number;
  const list = lists[msecs];
  if (list && L.isEmpty(list)) retire(list);
  // If the item is re-enrolled, its timeout must be given again.
  item._idleTimeout = -1;
}

/** timers.enroll(item, msecs): makes `item` a timer of `msecs` (started by active()). */
export function enroll(item: TimerItem, msecs: number): void {
  if (item._idleNext) unenroll(item);
  item._idleTimeout = msecs;
  L.init(item);
}

/** timers.active(item): (re)starts an enrolled item's countdown. */
export function active(item: TimerItem): void {
  const msecs = item._idleTimeout as number;
  if (msecs >= 0) {
    const list = lists[msecs];
    if (!list || L.isEmpty(list)) {
      insert(item, msecs);
    } else {
      item._idleStart = Date.now();
      L.append(list, item);
    }
  }
}
