// setImmediate/clearImmediate, as 0.10.19: immediates wait in one list, and each turn of the
// loop runs the first one from its check phase (then the tick queue, as after any callback).
import process from '@n10/process';
import * as L from './linklist';
import { applyCallbackAt, immediateHook, propertyNotAFunction, sited, type ImmediateHook } from './handles';

interface DomainLike {
  _disposed?: boolean;
  enter(): void;
  exit(): void;
}

/** What setImmediate returns: a plain object with the list links and the callback. */
export interface Immediate extends L.Linked {
  _onImmediate?: (() => void) | undefined;
  domain?: DomainLike;
}

const immediateQueue: L.Linked = {};
L.init(immediateQueue);

let hook: ImmediateHook | null = null;

function setNeeded(needed: boolean): void {
  process._needImmediateCallback = needed;
  if (needed) {
    if (!hook) hook = immediateHook(processImmediate);
    hook.start();
  } else if (hook) {
    hook.stop();
  }
}

// One immediate per turn of the loop, as 0.10.19 ran them (its check callback took the first
// of the queue): ticks, timers and I/O of the next turn come before the next immediate.
function processImmediate(): void {
  const immediate = L.shift<Immediate>(immediateQueue);
  if (immediate && immediate._onImmediate) {
    const domain = immediate.domain;
    if (domain) domain.enter();
    if (typeof immediate._onImmediate !== 'function') {
      throw sited(propertyNotAFunction(immediate, '_onImmediate'), 330, '    immediate._onImmediate();', 14);
    }
    immediate._onImmediate();
    if (domain) domain.exit();
  }
  // Stopped after the callback, so that one queueing the next immediate (a chain) does not
  // stop and restart the loop hook. (After a throw it stays on: the next turn stops it.)
  if (L.isEmpty(immediateQueue)) setNeeded(false);
}

export function setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]): Immediate {
  const immediate: Immediate = {};
  L.init(immediate);
  if (arguments.length <= 1) {
    immediate._onImmediate = callback as () => void;
  } else {
    immediate._onImmediate = function () {
      applyCallbackAt(callback, immediate, args, 348, '      callback.apply(immediate, args);');
    };
  }
  if (!process._needImmediateCallback) setNeeded(true);
  const domain = process.domain as DomainLike | undefined;
  if (domain) immediate.domain = domain;
  L.append(immediateQueue, immediate);
  return immediate;
}

export function clearImmediate(immediate: unknown): void {
  const i = immediate as Immediate | null | undefined;
  if (!i) return;
  i._onImmediate = undefined;
  L.remove(i);
  if (L.isEmpty(immediateQueue)) setNeeded(false);
}
