// util.inherits and util._extend: the two helpers 0.10 programs build classes and option
// objects with.

/**
 * Makes ctor.prototype inherit from superCtor.prototype; ctor.super_ = superCtor. Bad
 * arguments fail as 0.10's two sloppy-mode statements did, with V8 3.14's messages (a
 * primitive `ctor` is silently left alone).
 */
export const inherits = function (ctor: Function, superCtor: Function): void {
  if (ctor === null || ctor === undefined) throw new TypeError(`Cannot set property 'super_' of ${ctor}`);
  const settable = typeof ctor === 'function' || typeof ctor === 'object';
  if (settable) (ctor as Function & { super_?: Function }).super_ = superCtor;
  if (superCtor === null || superCtor === undefined) throw new TypeError(`Cannot read property 'prototype' of ${superCtor}`);
  const proto: unknown = superCtor.prototype;
  if (proto !== null && typeof proto !== 'object' && typeof proto !== 'function') {
    throw new TypeError('Object prototype may only be an Object or null');
  }
  const created = Object.create(proto as object | null, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true },
  });
  if (settable) ctor.prototype = created;
};

/** Copies add's own enumerable properties onto origin; returns origin. */
export const extend = function <T>(origin: T, add?: unknown): T {
  // Only objects are merged; anything else leaves origin as it is.
  if (!add || typeof add !== 'object') return origin;
  // 0.10's sloppy-mode assignments to a primitive origin were silent no-ops.
  if (origin !== null && origin !== undefined && typeof origin !== 'object' && typeof origin !== 'function') return origin;
  const keys = Object.keys(add);
  for (let i = keys.length; i-- > 0; ) {
    (origin as Record<string, unknown>)[keys[i]] = (add as Record<string, unknown>)[keys[i]];
  }
  return origin;
};
