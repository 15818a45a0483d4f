// Where 0.10's library threw the errors its own JavaScript threw: an uncaught one is reported
// on stderr with that place ("readline.js:67", the line, a caret under what was thrown), as
// node 0.10 showed it. The n10 runtime keeps the registry of throw sites by error (shared
// through a registered symbol); without the runtime nothing is noted.
const THROW_SITES = Symbol.for('n10.throwSites');

/** Notes `er` as thrown at `line` of 0.10's `file`, whose text is `text`; returns it. */
export function sited<E extends object>(er: E, file: string, line: number, text: string): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file, line, text, caret: ' '.repeat(text.indexOf('throw ') + 6) + '^' });
  return er;
}
