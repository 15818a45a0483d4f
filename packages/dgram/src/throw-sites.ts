// Where 0.10's dgram.js threw the errors its own JavaScript threw: an uncaught one is reported
// on stderr with that place ("dgram.js:163", the line, a caret under what the `throw` threw),
// as node 0.10 showed it. The n10 runtime keeps a registry of throw sites by error (shared
// through a registered symbol); without the runtime there is none and nothing is noted.
const THROW_SITES = Symbol.for('n10.throwSites');

// The lines of 0.10's dgram.js that threw, by line number.
const LINES: Record<number, string> = {
  85: "    throw new Error('unix_dgram sockets are not supported any more.');",
  87: "  throw new Error('Bad socket type specified. Valid types are: udp4, udp6');",
  163: "    throw new Error('Socket is already bound');",
  227: "    throw new Error('send takes offset and length as args 2 and 3');",
  230: "    throw new Error(this.type + ' sockets must send to port, address');",
  245: "    throw new TypeError('First argument must be a buffer object.');",
  249: "    throw new RangeError('Offset should be >= 0');",
  252: "    throw new RangeError('Offset into buffer too large');",
  258: "    throw new RangeError('Length should be >= 0');",
  261: "    throw new RangeError('Offset + length beyond buffer length');",
  265: "    throw new RangeError('Port should be > 0 and < 65536');",
  337: "    throw errnoException(process._errno, 'getsockname');",
  345: "    throw errnoException(process._errno, 'setBroadcast');",
  352: "    throw new TypeError('Argument must be a number');",
  356: "    throw errnoException(process._errno, 'setTTL');",
  365: "    throw new TypeError('Argument must be a number');",
  369: "    throw errnoException(process._errno, 'setMulticastTTL');",
  380: "    throw errnoException(process._errno, 'setMulticastLoopback');",
  392: "    throw new Error('multicast address must be specified');",
  396: "    throw new errnoException(process._errno, 'addMembership');",
  406: "    throw new Error('multicast address must be specified');",
  410: "    throw new errnoException(process._errno, 'dropMembership');",
  417: "    throw new Error('Not running'); // error message from dgram_legacy.js",
};

// The line of 0.10's dgram.js that threw a failed call's error, by syscall.
export const SYSCALL_LINES: Record<string, number> = {
  getsockname: 337,
  setBroadcast: 345,
  setTTL: 356,
  setMulticastTTL: 369,
  setMulticastLoopback: 380,
  addMembership: 396,
  dropMembership: 410,
};

/** Notes that 0.10 threw `er` at dgram.js:`line`; returns `er`. */
export function sited<E extends Error>(er: E, line: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  const text = LINES[line];
  if (sites && text !== undefined) sites.set(er, { file: 'dgram.js', line, text, caret: ' '.repeat(text.indexOf('throw ') + 6) + '^' });
  return er;
}

/** Notes that 0.10 threw `er` at dns.js:91 (dns.lookup's family check, which lives here); returns `er`. */
export function sitedDns<E extends Error>(er: E): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  const text = "      throw new Error('invalid argument: `family` must be 4 or 6');";
  if (sites) sites.set(er, { file: 'dns.js', line: 91, text, caret: ' '.repeat(text.indexOf('throw ') + 6) + '^' });
  return er;
}
