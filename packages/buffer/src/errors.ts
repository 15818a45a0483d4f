// TypeErrors worded as node 0.10's V8 (3.14) worded them, for the places where 0.10's buffer
// code failed on a bad argument by touching it (`list[i].copy(…)`, `subject.length`) and the
// program may print the message.

// How V8 3.14 named a value in a message: `#<Ctor>` for plain objects, else its string form.
function detail(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const o = value as { toString?: unknown; constructor?: unknown };
    // Typed arrays had no toString of their own in V8 3.14.
    if (o.toString === Object.prototype.toString || ArrayBuffer.isView(value)) {
      const ctor = o.constructor;
      if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return `#<${ctor.name}>`;
    }
  }
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** `x.name` on null or undefined. */
export function readPropertyOf(name: string, value: null | undefined): TypeError {
  return fromCallerOf(new TypeError(`Cannot read property '${name}' of ${value}`), readPropertyOf);
}

/** `value.method(…)` where value has no such function. */
export function noMethod(value: unknown, method: string): TypeError {
  return fromCallerOf(noMethodError(value, method), noMethod);
}
function noMethodError(value: unknown, method: string): TypeError {
  if (value === null || value === undefined) return new TypeError(`Cannot call method '${method}' of ${value}`);
  const fn = (value as Record<string, unknown>)[method];
  if (fn === undefined) return new TypeError(`Object ${detail(value)} has no method '${method}'`);
  return new TypeError(`Property '${method}' of object ${detail(value)} is not a function`);
}

// Where 0.10's buffer.js threw: the n10 runtime keeps a registry of throw sites (by error) and
// shows an uncaught error's site on stderr as 0.10 did ("buffer.js:582", the line, a caret
// under its `new` or constructor); without the runtime there is no registry.
const THROW_SITES = Symbol.for('n10.throwSites');

/**
 * Notes that 0.10 threw `er` at buffer.js:`line`, whose text was `text`; returns `er`. The caret
 * is under what the line's `throw` throws, or at `col` (a call into 0.10's C++ that threw).
 */
export function sited<E extends Error>(er: E, line: number, text: string, col = text.indexOf('throw ') + 6): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) {
    sites.set(er, { file: 'buffer.js', line, text, caret: ' '.repeat(col) + '^' });
  }
  return er;
}

// V8's Error.captureStackTrace, where the engine has it (a browser without it keeps the stack).
const captureStackTrace = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;

/**
 * `er` with its stack taken again from the caller of `fn`: n10's helpers (a codec lookup, a
 * bounds check) leave the stack, which then starts where 0.10's did (in the Buffer method, or
 * in the program for what 0.10's C++ threw). Returns `er`.
 */
export function fromCallerOf<E extends object>(er: E, fn: Function): E {
  if (captureStackTrace) captureStackTrace(er, fn);
  return er;
}
