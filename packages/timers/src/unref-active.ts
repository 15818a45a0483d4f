// timers._unrefActive(item): 0.10's timer for idle sockets (socket.setTimeout). All such
// items share one unref'd Timer handle, so idle timeouts never keep the process alive; the
// list is kept in expiry order and the handle waits for the earliest.
import process from '@n10/process';
import * as L from './linklist';
import { newTimer, type TimerHandle } from './handles';
import type { TimerItem } from './lists';

let unrefList: L.Linked | null = null;
let unrefTimer: (TimerHandle & { when: number }) | null = null;

function unrefTimeout(): void {
  const list = unrefList as L.Linked;
  const timer = unrefTimer as TimerHandle & { when: number };
  const now = Date.now();
  let first: TimerItem | null;
  while ((first = L.peek<TimerItem>(list))) {
    // As 0.10 computed it, so that an item enrolled with a string ('30') still works.
    const diff = now - (first._idleStart as number);
    if (diff < (first._idleTimeout as number)) {
      const left = (first._idleTimeout as number) - diff;
      timer.start(left, 0);
      timer.when = now + left;
      return;
    }
    L.remove(first);
    const domain = first.domain;
    if (!first._onTimeout) continue;
    if (domain && domain._disposed) continue;
    let threw = true;
    try {
      if (domain) domain.enter();
      first._onTimeout();
      if (domain) domain.exit();
      threw = false;
    } finally {
      if (threw) process.nextTick(unrefTimeout);
    }
  }
  timer.when = -1;
}

export function unrefActive(item: TimerItem): void {
  const msecs = Number(item._idleTimeout);
  if (!msecs || msecs < 0) return;
  L.remove(item);

  if (!unrefList || !unrefTimer) {
    unrefList = {};
    L.init(unrefList);
    const t = newTimer() as TimerHandle & { when: number };
    t.unref();
    t.when = -1;
    t.ontimeout = unrefTimeout;
    unrefTimer = t;
  }
  const now = Date.now();
  item._idleStart = now;
  const when = now + msecs;

  // An empty list starts the timer afresh, whenever it was due (0.10 did: an idle socket's
  // timeout, restarted after a read, is then due before a timer set just after it).
  if (L.isEmpty(unrefList)) {
    L.append(unrefList, item);
    unrefTimer.start(msecs, 0);
    unrefTimer.when = when;
    return;
  }

  // Keep expiry order (the head's _idlePrev is the first to expire). Walk from the newest,
  // which usually expires last, to the newest item expiring no later than this one; the new
  // item goes just after it. (L.append(x, item) puts item just before x in expiry order.)
  let cur = unrefList._idleNext as TimerItem;
  while (cur !== unrefList && (cur._idleStart as number) + Number(cur._idleTimeout) > when) {
    cur = cur._idleNext as TimerItem;
  }
  L.append(cur._idlePrev as L.Linked, item);

  if (unrefTimer.when < 0 || unrefTimer.when > when) {
    unrefTimer.start(msecs, 0);
    unrefTimer.when = when;
  }
}
