// setImmediate/clearImmediate, as 0.10: immediates wait in one list; the loop's check phase
// runs the whole list made so far (immediates queued meanwhile wait for the next turn), the
// tick queue drained after each. If one throws, the rest run on the next tick.
import process from '@n10/process';
import * as L from './linklist';
import { immediateHook, type ImmediateHook } from './handles';

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

let immediateQueue: L.Linked = {};
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

function processImmediate(): void {
  const queue = immediateQueue;
  immediateQueue = {};
  L.init(immediateQueue);

  while (!L.isEmpty(queue)) {
    const immediate = L.shift<Immediate>(queue) as Immediate;
    const domain = immediate.domain;
    if (domain) domain.enter();
    let threw = true;
    try {
      if (immediate._onImmediate) immediate._onImmediate();
      threw = false;
    } finally {
      if (threw && !L.isEmpty(queue)) {
        // The rest (and any queued meanwhile) run on the next tick, if we survive this.
        while (!L.isEmpty(immediateQueue)) L.append(queue, L.shift(immediateQueue) as L.Linked);
        immediateQueue = queue;
        process.nextTick(processImmediate);
      }
    }
    if (domain) domain.exit();
    process._tickCallback();
  }

  // Only stop the hook when nothing waits: it was started again if an immediate queued one.
  if (L.isEmpty(immediateQueue)) setNeeded(false);
}

export function setImmediate(callback: (...args: unknown[]) => void, ...args: unknown[]): Immediate {
  const immediate: Immediate = {};
  L.init(immediate);
  if (arguments.length <= 1) {
    immediate._onImmediate = callback as () => void;
  } else {
    immediate._onImmediate = function () {
      callback.apply(immediate, args);
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
