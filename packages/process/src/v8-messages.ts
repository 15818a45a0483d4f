// What node 0.10's V8 (3.14) said when a callback was not callable, for the places where
// n10's own code makes the call that 0.10's JavaScript made (the tick queue, timers,
// immediates): the host's V8 words these differently, and programs print e.message.

/** V8 3.14's ToDetailString: "#<Name>" for a plain object of a named constructor, else String(v). */
export function detailString(v: unknown): string {
  if (v !== null && typeof v === 'object') {
    const o = v as { toString?: unknown; constructor?: unknown };
    if (o.toString === Object.prototype.toString && typeof o.constructor === 'function') {
      const name = (o.constructor as { name?: unknown }).name;
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** `f()` of a value that is not a function: "number is not a function". */
export function notAFunction(v: unknown): TypeError {
  return new TypeError(`${v === null ? 'object' : typeof v} is not a function`);
}

/** `obj.name()` where obj.name is not a function (and not null or undefined). */
export function propertyNotAFunction(obj: unknown, name: string): TypeError {
  return new TypeError(`Property '${name}' of object ${detailString(obj)} is not a function`);
}

/** `v.name(…)` where v has no such method: "Cannot call method 'apply' of null", "Object 5 has no method 'apply'". */
export function noMethod(v: unknown, name: string): TypeError {
  if (v === null || v === undefined) return new TypeError(`Cannot call method '${name}' of ${v}`);
  return new TypeError(`Object ${detailString(v)} has no method '${name}'`);
}

/** `callback.apply(self, args)` as 0.10 evaluated it, with 0.10's error when it could not. */
export function applyCallback(callback: unknown, self: unknown, args: unknown[]): unknown {
  if (typeof callback === 'function') return (callback as (...a: unknown[]) => unknown).apply(self, args);
  const apply = callback === null || callback === undefined ? undefined : (callback as { apply?: unknown }).apply;
  if (typeof apply === 'function') return (apply as (s: unknown, a: unknown[]) => unknown).call(callback, self, args);
  // Thrown from the caller's `callback.apply(…)` in 0.10: the stack starts there.
  throw from(apply !== undefined ? propertyNotAFunction(callback, 'apply') : noMethod(callback, 'apply'), applyCallback);
}

const captureStackTrace = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;
/** `er` with its stack taken again from the caller of `fn` (where the engine has captureStackTrace). */
function from<E extends Error>(er: E, fn: Function): E {
  if (captureStackTrace) captureStackTrace(er, fn);
  return er;
}

// Where 0.10's node.js threw: the n10 runtime keeps a registry of throw sites (by error) and
// shows an uncaught error's site on stderr as 0.10 did ("node.js:415", the line, a caret);
// without the runtime there is no registry.
const THROW_SITES = Symbol.for('n10.throwSites');
export function sited<E extends Error>(er: E, line: number, text: string, col: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'node.js', line, text, caret: ' '.repeat(col) + '^' });
  return er;
}
