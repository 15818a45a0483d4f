// The TypeError node 0.10's V8 (3.14) threw when path code called a string method on a
// non-string argument (`path.normalize(1)` → `Object 1 has no method 'charAt'`), worded as
// V8 3.14 worded it, for programs that print the message. (@n10/buffer words its own the
// same way; path does not depend on it.)

// How V8 3.14 named a value in a message: `#<Ctor>` for plain objects, else its string form.
function detail(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const o = value as { toString?: unknown; constructor?: unknown };
    if (o.toString === Object.prototype.toString) {
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

/** `value.method(…)` where value has no such function. */
export function noMethod(value: unknown, method: string): TypeError {
  if (value === null || value === undefined) return new TypeError(`Cannot call method '${method}' of ${value}`);
  const fn = (value as Record<string, unknown>)[method];
  if (fn === undefined) return new TypeError(`Object ${detail(value)} has no method '${method}'`);
  return new TypeError(`Property '${method}' of object ${detail(value)} is not a function`);
}

// Where 0.10's path.js threw: the n10 runtime keeps a registry of throw sites (by error) and
// shows an uncaught error's site on stderr as 0.10 did ("path.js:<line>" and the line, caret
// under the column V8 3.14 reported); without the runtime there is no registry.
const THROW_SITES = Symbol.for('n10.throwSites');
export function sited<E extends Error>(er: E, line: number, text: string, col: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'path.js', line, text, caret: ' '.repeat(col) + '^' });
  return er;
}
