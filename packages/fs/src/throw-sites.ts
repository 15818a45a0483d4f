// Where 0.10's fs.js threw the errors its own JavaScript threw: an uncaught one is reported on
// stderr with that place ("fs.js:379", the line, a caret under the thrown expression), as
// node 0.10 showed it. The n10 runtime keeps a registry of throw sites by error (shared
// through a registered symbol); without the runtime there is none and nothing is noted.
const THROW_SITES = Symbol.for('n10.throwSites');

/** A line of 0.10's fs.js and the column of the expression its `throw` threw. */
export interface FsSite {
  line: number;
  text: string;
}

export const SITES = {
  assertEncoding: { line: 113, text: "    throw new Error('Unknown encoding: ' + encoding);" },
  nullCheck: { line: 121, text: '      throw er;' },
  stringToFlags: { line: 379, text: "  throw new Error('Unknown file open flag: ' + flag);" },
  toUnixTimestamp: { line: 870, text: "  throw new Error('Cannot parse time: ' + time);" },
  watchStart: { line: 1051, text: "    throw errnoException(process._errno, 'watch');" },
  watchFileListener: { line: 1153, text: "    throw new Error('watchFile requires a listener function');" },
  readStreamStart: { line: 1466, text: "      throw TypeError('start must be a Number');" },
  readStreamEnd: { line: 1471, text: "      throw TypeError('end must be a Number');" },
  readStreamRange: { line: 1475, text: "      throw new Error('start must be <= end');" },
  writeStreamStart: { line: 1632, text: "      throw TypeError('start must be a Number');" },
  writeStreamRange: { line: 1635, text: "      throw new Error('start must be >= zero');" },
} satisfies Record<string, FsSite>;

/** Notes `er` as thrown at `site` of 0.10's fs.js; returns it. */
export function sited<E extends object>(er: E, site: FsSite): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) {
    const col = site.text.indexOf('throw ') + 6;
    sites.set(er, { file: 'fs.js', line: site.line, text: site.text, caret: ' '.repeat(col) + '^' });
  }
  return er;
}
