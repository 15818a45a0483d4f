// process.binding(name) for the names 0.10 programs and libraries of its time reached for
// beyond @n10/process's own: 'constants' (require('constants')'s object), 'natives' and 'evals' (graceful-fs 3, through the
// `natives` package, evaluates natives.fs with NodeScript.runInThisContext to get a fs of its
// own; tools list Object.keys(natives) as the core module names), 'crypto' (npm 1.x's `sha`
// refuses to load without it), the handle wraps, os and buffer, whose members programs test
// for or construct, and 'http_parser' (websocket clients parse handshakes with it). Their
// values are n10's own classes and functions under 0.10's names: the handles take n10's
// binding arguments, not always 0.10's.
import binding from '@n10/binding';
import { coreModule, coreModuleNames } from './core-modules';

type Binding = (name: string) => unknown;

// natives.X reaches the real module through this (not `require`: the `natives` package runs
// the source with a require whose cache already holds the half-made copy under X).
const CORE = Symbol.for('n10.natives.core');

/**
 * 0.10's values were the modules' JavaScript sources, which n10 does not have: each value is
 * a module body that, run in a module wrapper, gives a fresh shallow copy of the module.
 */
function nativesBinding(): Record<string | symbol, unknown> {
  const n: Record<string | symbol, unknown> = {};
  for (const name of coreModuleNames()) {
    n[name] =
      `var m = process.binding('natives')[Symbol.for('n10.natives.core')](${JSON.stringify(name)});\n` +
      `if (typeof m !== 'object' || m === null) module.exports = m;\n` +
      `else for (var k in m) exports[k] = m[k];\n`;
  }
  Object.defineProperty(n, CORE, { value: coreModule });
  return n;
}

interface Vm {
  Script: new (code: string, filename?: string) => unknown;
  createContext: unknown;
  runInContext: unknown;
  runInThisContext: unknown;
  runInNewContext: unknown;
}

/** 'evals': { Context, NodeScript }, NodeScript being vm's Script with vm's functions on it. */
function evalsBinding(): Record<string, unknown> {
  const vm = coreModule('vm') as Vm;
  const NodeScript = function NodeScript(code: string, filename?: string) {
    return new vm.Script(code, filename);
  } as unknown as Record<string, unknown>;
  for (const key of ['createContext', 'runInContext', 'runInThisContext', 'runInNewContext'] as const) NodeScript[key] = vm[key];
  return { Context: function Context() {}, NodeScript };
}

type Module = Record<string, unknown>;

/** The bindings: name → its members, in 0.10's order; each made on first use, then kept. */
const tables: Record<string, () => Module> = {
  // 0.10's require('constants') was this binding itself: one object, with crypto's SSL_OP_*.
  constants: () => coreModule('constants') as Module,
  natives: nativesBinding,
  evals: evalsBinding,
  crypto: () => {
    const c = coreModule('crypto') as Module;
    const tls = coreModule('tls') as { getCiphers(): string[] };
    return {
      SecureContext: binding.SecureContext,
      Connection: binding.Connection,
      Cipher: c.Cipher,
      Decipher: c.Decipher,
      DiffieHellman: c.DiffieHellman,
      DiffieHellmanGroup: c.DiffieHellmanGroup,
      Hmac: c.Hmac,
      Hash: c.Hash,
      Sign: c.Sign,
      Verify: c.Verify,
      PBKDF2: c.pbkdf2,
      randomBytes: c.randomBytes,
      pseudoRandomBytes: c.pseudoRandomBytes,
      getSSLCiphers: () => tls.getCiphers().map((name) => name.toUpperCase()),
      getCiphers: c.getCiphers,
      getHashes: c.getHashes,
    };
  },
  os: () => {
    const b = binding as unknown as Module;
    const os: Module = {};
    for (const k of ['getEndianness', 'getHostname', 'getLoadAvg', 'getUptime', 'getTotalMem', 'getFreeMem', 'getCPUs', 'getOSType', 'getOSRelease', 'getInterfaceAddresses']) os[k] = b[k];
    return os;
  },
  buffer: () => ({ SlowBuffer: (coreModule('buffer') as Module).SlowBuffer, setFastBufferConstructor: function () {} }),
  tcp_wrap: () => ({ TCP: binding.TCP }),
  pipe_wrap: () => ({ Pipe: binding.Pipe }),
  tty_wrap: () => ({ isTTY: binding.isTTY, guessHandleType: binding.guessHandleType, TTY: binding.TTY }),
  udp_wrap: () => ({ UDP: binding.UDP }),
  timer_wrap: () => ({ Timer: binding.Timer }),
  process_wrap: () => ({ Process: binding.Process }),
  signal_wrap: () => ({ Signal: binding.Signal }),
  fs_event_wrap: () => ({ FSEvent: binding.FSEvent }),
  // 0.10's HTTPParser is the constructor of http.parsers' parsers (faye-websocket 0.4 and
  // websocket-driver parse their handshake responses with it). Taken from an idle parser, or
  // from a fresh one not given back, so http.parsers.list is left as it was.
  http_parser: () => {
    const parsers = (coreModule('http') as Module).parsers as { list: object[]; alloc(): object };
    const parser = parsers.list.length > 0 ? parsers.list[0] : parsers.alloc();
    return { HTTPParser: parser.constructor };
  },
};
const made = new Map<string, unknown>();

/** The runtime's process.binding: the names above, else @n10/process's own. */
export function processBinding(base: Binding): Binding {
  return function (name: string) {
    if (!Object.prototype.hasOwnProperty.call(tables, name)) return base(name);
    let b = made.get(name);
    if (b === undefined) made.set(name, (b = tables[name]()));
    return b;
  };
}
