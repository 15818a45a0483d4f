// Where 0.10's zlib.js threw the errors its own JavaScript threw: an uncaught one is reported
// on stderr with that place ("zlib.js:258", the line, a caret under the `new` it threw), as
// node 0.10 showed it. The n10 runtime keeps a registry of throw sites by error (shared through
// a registered symbol); without the runtime there is none and nothing is noted.
const THROW_SITES = Symbol.for('n10.throwSites');

/** Notes that 0.10 threw `er` at zlib.js:`line`, whose text was `text`; returns `er`. */
export function sited<E extends Error>(er: E, line: number, text: string): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'zlib.js', line, text, caret: ' '.repeat(text.indexOf('throw ') + 6) + '^' });
  return er;
}
