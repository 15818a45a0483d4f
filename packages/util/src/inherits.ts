// util.inherits and util._extend: the two helpers 0.10 programs build classes and option
// objects with.

/** Makes ctor.prototype inherit from superCtor.prototype; ctor.super_ = superCtor. */
export const inherits = function (ctor: Function, superCtor: Function): void {
  (ctor as Function & { super_?: Function }).super_ = superCtor;
  ctor.prototype = Object.create(superCtor.prototype, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true },
  });
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
