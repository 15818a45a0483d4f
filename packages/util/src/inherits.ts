// util.inherits and util._extend: the two helpers 0.10 programs build classes and option
// objects with.
import { sited } from './sites';

/**
 * Makes ctor.prototype inherit from superCtor.prototype; ctor.super_ = superCtor. Bad
 * arguments fail as 0.10's two sloppy-mode statements did, with V8 3.14's messages (a
 * primitive `ctor` is silently left alone).
 */
export const inherits = function (ctor: Function, superCtor: Function): void {
  if (ctor === null || ctor === undefined) throw sited(new TypeError(`Cannot set property 'super_' of ${ctor}`), 554, SUPER_LINE, 14);
  const settable = typeof ctor === 'function' || typeof ctor === 'object';
  if (settable) (ctor as Function & { super_?: Function }).super_ = superCtor;
  if (superCtor === null || superCtor === undefined) {
    throw sited(new TypeError(`Cannot read property 'prototype' of ${superCtor}`), 555, CREATE_LINE, 42);
  }
  const proto: unknown = superCtor.prototype;
  if (proto !== null && typeof proto !== 'object' && typeof proto !== 'function') {
    throw sited(new TypeError('Object prototype may only be an Object or null'), 555, CREATE_LINE, 26);
  }
  const created = Object.create(proto as object | null, {
    constructor: { value: ctor, enumerable: false, writable: true, configurable: true },
  });
  if (settable) ctor.prototype = created;
};

const SUPER_LINE = '  ctor.super_ = superCtor;';
const CREATE_LINE = '  ctor.prototype = Object.create(superCtor.prototype, {';

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
