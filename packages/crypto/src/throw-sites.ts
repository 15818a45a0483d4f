// Where node 0.10 showed an error thrown under crypto: the n10 runtime reports an uncaught
// error with the place it was thrown ("crypto.js:549", the line, a caret), from a registry of
// sites by error (a WeakMap on a registered symbol; none without the runtime), or else from the
// error's first frame. The helpers below make both what 0.10's were.
const THROW_SITES = Symbol.for('n10.throwSites');

/** Notes that 0.10 threw `er` at crypto.js:`line`, whose text was `text`, the caret at `col`; returns `er`. */
export function sited<E extends Error>(er: E, line: number, text: string, col: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'crypto.js', line, text, caret: ' '.repeat(col) + '^' });
  return er;
}

// V8's Error.captureStackTrace, where the engine has it.
const captureStackTrace = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;

/**
 * `er` with its stack taken again from the caller of `fn`: n10's argument helpers leave the
 * stack, which starts where 0.10's did (the crypto.js function that called its C++ binding,
 * or the program for a binding function 0.10 exported as it was). Returns `er`.
 */
export function fromCallerOf<E extends object>(er: E, fn: Function): E {
  if (captureStackTrace) captureStackTrace(er, fn);
  return er;
}

/**
 * An error from a call of the handle in a crypto.js method: 0.10's handle was C++, so the
 * error's stack starts in the method (the caller of this function) and its site is the method's
 * line `line` of 0.10's crypto.js (`text`, the caret under the handle method's name).
 */
export function bindingError(e: unknown, line: number, text: string): unknown {
  if (!(e instanceof Error)) return e;
  return sited(fromCallerOf(e, bindingError), line, text, text.indexOf('_binding.') + 9);
}
