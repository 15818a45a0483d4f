// The classes behind every Buffer: a Uint8Array subclass, and the SlowBuffer subclass.
//
// `Buffer` itself must stay a plain function (0.10 programs call it without `new`), so it
// returns instances of FastBuffer and shares its prototype.

export class FastBuffer extends Uint8Array {}

// 0.10's buf.toLocaleString was Object.prototype's, which calls this.toString() (the utf8
// text), not Uint8Array's ("97,98"). An unnamed object between Uint8Array.prototype and
// Buffer.prototype holds it, so Buffer.prototype's own names stay 0.10's. (The constructor's
// super call is still Uint8Array's: only the prototype chain changes.)
Object.setPrototypeOf(
  FastBuffer.prototype,
  Object.create(Uint8Array.prototype, {
    toLocaleString: { value: Object.prototype.toLocaleString, writable: true, configurable: true },
  }),
);

/** Instances of 0.10's SlowBuffer: a FastBuffer whose prototype is SlowBuffer.prototype. */
export class SlowFastBuffer extends FastBuffer {}

// 0.10's `buf.parent`: the SlowBuffer that owns the memory. Here, one SlowBuffer per
// ArrayBuffer (the pool slab, or the buffer's own store), made on first use.
const parents = new WeakMap<ArrayBufferLike, SlowFastBuffer>();

/** Makes a SlowBuffer the parent of every view on its memory (0.10: slow.slice().parent === slow). */
export function adoptMemory(slow: SlowFastBuffer): void {
  parents.set(slow.buffer, slow);
}

export function parentOf(buf: Uint8Array): SlowFastBuffer {
  const store = buf.buffer;
  let parent = parents.get(store);
  if (parent === undefined) {
    parent = new SlowFastBuffer(store as ArrayBuffer, 0, store.byteLength);
    parents.set(store, parent);
  }
  return parent;
}

// Object.prototype.toString as 0.10 answered it: a Buffer was a plain object there and a
// SlowBuffer a native object of its own class. Type checks in libraries read it (chai's
// type-detect, underscore's isEqual, kind-of).
Object.defineProperty(FastBuffer.prototype, Symbol.toStringTag, { value: 'Object', configurable: true });
Object.defineProperty(SlowFastBuffer.prototype, Symbol.toStringTag, { value: 'SlowBuffer', configurable: true });
