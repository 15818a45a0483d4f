// Where 0.10's stream library threw: the n10 runtime keeps a registry of throw sites (by
// error) and shows an uncaught error's site on stderr as 0.10 did (`_stream_readable.js:476`,
// the line, a caret under the column V8 3.14 reported); without the runtime there is none.
const THROW_SITES = Symbol.for('n10.throwSites');

/** Notes that 0.10 threw `er` at `file`:`line` (its text, the caret's column); returns `er`. */
export function sited<E extends Error>(er: E, file: string, line: number, text: string, col: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file, line, text, caret: ' '.repeat(col) + '^' });
  return er;
}
