// Where 0.10's util.js threw: the n10 runtime keeps a registry of throw sites (by error) and
// shows an uncaught error's site on stderr as 0.10 did ("util.js:<line>" and the line, caret
// under the column V8 3.14 reported); without the runtime there is no registry.
const THROW_SITES = Symbol.for('n10.throwSites');

/** Notes `er`'s site in 0.10's util.js (line, its text, the caret's column); returns `er`. */
export function sited<E extends Error>(er: E, line: number, text: string, col: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'util.js', line, text, caret: ' '.repeat(col) + '^' });
  return er;
}

/**
 * An error from the engine's conversion of an object to a string or number (neither its
 * toString nor its valueOf callable and giving a primitive) is sited where 0.10's util.js
 * converted; anything else (an error the object's own toString threw) passes untouched.
 */
export function sitedConversion(err: unknown, line: number, text: string, col: number): unknown {
  if (err instanceof TypeError && err.message === 'Cannot convert object to primitive value') sited(err, line, text, col);
  return err;
}
