// Two of node 0.10's undocumented built-ins that programs of the time required by name:
// `freelist` (an object pool) and `_linklist` (the intrusive list 0.10's timers used).
// Written from the oracle's observable behaviour, quirks included (alloc runs the constructor
// with the pool as `this`; shift on an empty list unlinks the list itself).

interface FreeListInstance {
  name: unknown;
  constructor: (...args: unknown[]) => unknown;
  max: number;
  list: unknown[];
}

// Anonymous function expressions, as 0.10's are (`[Function]` in inspect output).
const FreeList = function (this: FreeListInstance, name: unknown, max: number, constructor: (...args: unknown[]) => unknown) {
  this.name = name;
  this.constructor = constructor;
  this.max = max;
  this.list = [];
};
FreeList.prototype.alloc = function (this: FreeListInstance, ...args: unknown[]): unknown {
  return this.list.length ? this.list.shift() : this.constructor.apply(this, args);
};
FreeList.prototype.free = function (this: FreeListInstance, obj: unknown): void {
  if (this.list.length < this.max) this.list.push(obj);
};

export const freelist = { FreeList };

interface Linked {
  _idleNext: Linked | null;
  _idlePrev: Linked | null;
}

function init(list: Linked): void {
  list._idleNext = list;
  list._idlePrev = list;
}

function peek(list: Linked): Linked | null {
  if (list._idlePrev === list) return null;
  return list._idlePrev;
}

function shift(list: Linked): Linked | null {
  const first = list._idlePrev as Linked;
  remove(first);
  return first;
}

function remove(item: Linked): void {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function append(list: Linked, item: Linked): void {
  remove(item);
  item._idleNext = list._idleNext;
  (list._idleNext as Linked)._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function isEmpty(list: Linked): boolean {
  return list._idleNext === list;
}

export const linklist = { init, peek, shift, remove, append, isEmpty };
