// Where 0.10's child_process.js threw the errors its own JavaScript threw: an uncaught one is
// reported on stderr with that place ("child_process.js:1003", the line, a caret under what
// was thrown), as node 0.10 showed it. The n10 runtime keeps the registry of throw sites by
// error (shared through a registered symbol); without the runtime nothing is noted.
const THROW_SITES = Symbol.for('n10.throwSites');

/** A line of 0.10's child_process.js as it was shown (a long one windowed to 78 columns). */
export interface Site {
  line: number;
  text: string;
  /** Where the caret goes (default: under what follows `throw `). */
  column?: number;
}

export const SITES = {
  sendUndefined: { line: 398, text: "      throw new TypeError('message cannot be undefined');" },
  handleType: { line: 427, text: '        throw new TypeError("This handle type can\'t be sent");' },
  stdioString: { line: 842, text: "      default: throw new TypeError('Incorrect value of stdio option: ' + stdio" },
  stdioOther: { line: 845, text: "    throw new TypeError('Incorrect value of stdio option: ' + stdio);" },
  twoIpc: { line: 878, text: "        throw Error('Child process can have only one IPC pipe');" },
  stdioStream: { line: 901, text: "      throw new TypeError('Incorrect value for stdio stream: ' + stdio);" },
  // Errors V8 or the binding raised in 0.10's own lines.
  argsSlice: { line: 699, text: '  args = args ? args.slice(0) : [];', column: 21 },
  argsUnshift: { line: 700, text: '  args.unshift(file);', column: 7 },
  badArgument: { line: 915, text: '  var r = this._handle.spawn(options);', column: 23 },
  unknownSignal: { line: 1003, text: "    throw new Error('Unknown signal: ' + sig);" },
} satisfies Record<string, Site>;

/** Notes `er` as thrown at `site` of 0.10's child_process.js; returns it. */
export function sited<E extends object>(er: E, site: Site): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) {
    const col = site.column ?? site.text.indexOf('throw ') + 6;
    sites.set(er, { file: 'child_process.js', line: site.line, text: site.text, caret: ' '.repeat(col) + '^' });
  }
  return er;
}
