// Where 0.10's dns.js threw the errors its own JavaScript threw: an uncaught one is reported
// on stderr with that place ("dns.js:190", the line, a caret under what the `throw` threw),
// as node 0.10 showed it. The n10 runtime keeps a registry of throw sites by error (shared
// through a registered symbol); without the runtime there is none and nothing is noted.
const THROW_SITES = Symbol.for('n10.throwSites');

// The lines of 0.10's dns.js that threw, by line number.
const LINES: Record<number, string> = {
  156: '      throw errnoException(process._errno, bindingName);',
  190: "    throw new Error('Unknown type \"' + type_ + '\"');",
};

/** Notes that 0.10 threw `er` at dns.js:`line`; returns `er`. */
export function sited<E extends Error>(er: E, line: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  const text = LINES[line];
  if (sites && text !== undefined) sites.set(er, { file: 'dns.js', line, text, caret: ' '.repeat(text.indexOf('throw ') + 6) + '^' });
  return er;
}
