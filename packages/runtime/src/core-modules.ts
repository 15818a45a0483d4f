// Node 0.10's built-in module names and the @n10 package behind each.
//
// Packages load lazily, on the first require of their name, so start-up pays only for what
// the program uses. A core name whose package is not built yet throws an Error that says so.
import process from '@n10/process';
import { constants010 } from './constants';
import { freelist, linklist } from './legacy-internals';
import { Module } from './module';
import { withSpareFd } from './spare-fd';

type Loader = () => unknown;

function pkg(name: string, pick?: (m: Record<string, unknown>) => unknown): Loader {
  return () => {
    const exported = loadPackage(name);
    return pick ? pick(exported as Record<string, unknown>) : exported;
  };
}

const loaders: Record<string, Loader> = {
  _debugger: notBuiltLoader('_debugger'),
  _linklist: () => linklist,
  assert: pkg('assert'),
  buffer: pkg('buffer'),
  child_process: pkg('child_process'),
  console: programConsole,
  constants: constants010,
  crypto: pkg('crypto'),
  cluster: pkg('cluster'),
  dgram: pkg('dgram'),
  dns: pkg('dns'),
  domain: pkg('domain'),
  events: pkg('events'),
  freelist: () => freelist,
  fs: pkg('fs'),
  http: pkg('http'),
  https: pkg('https'),
  module: () => Module,
  net: pkg('net'),
  os: pkg('os'),
  path: pkg('path'),
  punycode: pkg('punycode'),
  querystring: pkg('querystring'),
  readline: pkg('readline'),
  repl: pkg('repl'),
  stream: pkg('stream'),
  _stream_readable: pkg('stream', (s) => s.Readable),
  _stream_writable: pkg('stream', (s) => s.Writable),
  _stream_duplex: pkg('stream', (s) => s.Duplex),
  _stream_transform: pkg('stream', (s) => s.Transform),
  _stream_passthrough: pkg('stream', (s) => s.PassThrough),
  string_decoder: pkg('string_decoder'),
  sys: pkg('util'),
  timers: pkg('timers'),
  tls: pkg('tls'),
  tty: pkg('tty'),
  url: pkg('url'),
  util: pkg('util'),
  vm: pkg('vm'),
  zlib: pkg('zlib'),
};

const cache = new Map<string, unknown>();

// The host's console, captured before the program's globals replace it.
const hostConsole = (globalThis as { console?: unknown }).console;
let loadingConsole = false;

/** require('console') is the global console: @n10/console's, printing to the program's
 * process.stdout/stderr (made on this first use, as 0.10's console getter made them). */
function programConsole(): unknown {
  loadingConsole = true;
  let c: { Console: { call(self: object, out: unknown, err: unknown): void } };
  try {
    c = loadPackage('console') as typeof c;
  } finally {
    loadingConsole = false;
  }
  c.Console.call(c, process.stdout, process.stderr);
  return c;
}

/** The global `console` getter. While @n10/console loads it reads the engine's console (its
 * fallback for standalone use), which is the host's. */
export function globalConsole(): unknown {
  return loadingConsole ? hostConsole : coreModule('console');
}

export function isCoreModule(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(loaders, name);
}

export function coreModule(name: string): unknown {
  if (cache.has(name)) return cache.get(name);
  const value = loaders[name]();
  cache.set(name, value);
  return value;
}

/** The core module names, in 0.10's order (process.binding('natives') lists them so). */
export function coreModuleNames(): string[] {
  return Object.keys(loaders);
}

function notBuilt(name: string, pkgName = name): never {
  const err = new Error(`n10: the core module '${name}' is not available yet (package @n10/${pkgName} is not built)`) as Error & {
    code: string;
  };
  err.code = 'N10_NOT_BUILT';
  throw err;
}

function notBuiltLoader(name: string): Loader {
  return () => notBuilt(name);
}

/** Loads @n10/<name> through the host's require (the packages' CJS builds). */
export function loadPackage(name: string): unknown {
  let exported: unknown;
  try {
    exported = withSpareFd(() => require(`@n10/${name}`));
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'MODULE_NOT_FOUND' && err.message.includes(`'@n10/${name}'`)) notBuilt(name);
    throw e;
  }
  if (exported && (exported as { __n10Unbuilt?: boolean }).__n10Unbuilt) notBuilt(name);
  return exported;
}
