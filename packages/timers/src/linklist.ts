// 0.10's _linklist: intrusive circular doubly-linked lists through `_idleNext`/`_idlePrev`.
// A list is an item whose neighbours are itself when empty. Timers and immediates are kept
// in these lists (their inspect output shows the links, as in 0.10).

export interface Linked {
  _idleNext?: Linked | null;
  _idlePrev?: Linked | null;
}

export function init(list: Linked): void {
  list._idleNext = list;
  list._idlePrev = list;
}

/** The first item, or null. */
export function peek<T extends Linked>(list: Linked): T | null {
  return list._idlePrev === list ? null : (list._idlePrev as T);
}

/** Removes and returns the first item, or null. */
export function shift<T extends Linked>(list: Linked): T | null {
  const first = peek<T>(list);
  if (first) remove(first);
  return first;
}

export function remove(item: Linked): void {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

/** Appends `item` at the end (the `_idleNext` side of the list head). */
export function append(list: Linked, item: Linked): void {
  remove(item);
  item._idleNext = list._idleNext;
  (list._idleNext as Linked)._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

export function isEmpty(list: Linked): boolean {
  return list._idleNext === list;
}
