// Error.stackTraceLimit: the program's, and the engine's.
//
// V8 3.14 counted only 0.10's own frames against the limit. Where n10 runs a function of its own
// that 0.10 ran in C++ (an http parser callback's caller, an emit's listener loop, a crypto
// handle), the stack formatter leaves that frame out (library-frames.ts) — and with the engine
// capturing only `limit` frames, a deep stack would end one to three frames early. So the engine
// captures a few more than the program asked for, and the formatter cuts the stack to the
// program's count after leaving n10's frames out.
//
// The engine reads the limit from its own Error constructor; the program's global `Error` is
// another function, which makes the engine's errors (`new Error(m)`, `Error(m)`, `Error.call(this,
// m)` alike; its own frame is left out of stacks), shares its prototype (instanceof, `err.
// constructor === Error`) and captureStackTrace, and keeps the program's `stackTraceLimit`. (A
// Proxy of the engine's constructor would do the same with less code, but made `new Error`
// several times slower.)
import { asNative } from './native-functions';

const LIMIT = 'stackTraceLimit';
const FORMATTER = 'prepareStackTrace';
// Frames n10 may run, and the formatter leave out, among a stack's first `limit`.
const ROOM = 6;

// The program's Error of each realm (the main one's, a vm context's: before its Proxy), by the
// realm's Error.prototype: its own stackTraceLimit is that realm's limit.
const errorMakers = new WeakMap<object, Record<string, unknown>>();
const makers = new WeakSet<object>();
let mainMaker: Record<string, unknown> | undefined;

/** Whether a stack's frame is a program's Error making the engine's (to leave out). */
export function isErrorMaker(site: { getFunction?(): unknown }): boolean {
  if (typeof site.getFunction !== 'function') return false;
  const fn = site.getFunction();
  return typeof fn === 'function' && makers.has(fn);
}

/** The engine's limit for the program's: room for n10's hidden frames. */
function engineLimit(limit: unknown, room: number): unknown {
  if (typeof limit !== 'number' || limit === 0 || limit === Infinity || limit !== limit) return limit;
  // V8 3.14 took a negative limit for no limit.
  return limit < 0 ? Infinity : limit + room;
}

/**
 * Error.stackTraceLimit as the program set it (a non-number when it set one): that of the realm
 * `error` was made in (a vm context has its own), else the main realm's.
 */
export function programStackLimit(error?: unknown): unknown {
  let maker = mainMaker;
  if (typeof error === 'object' && error !== null) {
    for (let p = Object.getPrototypeOf(error); p !== null; p = Object.getPrototypeOf(p)) {
      const own = errorMakers.get(p);
      if (own !== undefined) {
        maker = own;
        break;
      }
    }
  }
  return maker === undefined ? 10 : maker[LIMIT];
}

/**
 * Makes `realm.Error` the program's Error (see above); returns it. `room`: the frames n10 may run
 * among a stack's first `limit` there (a vm context's code runs under vm's and the host's too).
 */
export function installStackLimit(realm: typeof globalThis, room = ROOM): ErrorConstructor {
  const engine = realm.Error;
  const engineStatics = engine as unknown as Record<string, unknown>;
  const programLimit = engineStatics[LIMIT];
  engineStatics[LIMIT] = engineLimit(programLimit, room);
  // Sloppy (made by Function): a strict frame on top of a stack would hide the receivers of the
  // frames below it from a program's formatter (getThis). Its frame is left out of stacks.
  // A subclass's constructor (`class X extends Error`, super(m)) gets an instance of its own.
  const view = new realm.Function(
    'engine',
    'return function Error(message) { return new.target && new.target.prototype !== engine.prototype ? Reflect.construct(engine, arguments, new.target) : new engine(message); };',
  )(engine) as ErrorConstructor;
  const maker = view as unknown as Record<string, unknown>;
  makers.add(maker);
  errorMakers.set(engine.prototype, maker);
  if (realm === globalThis) mainMaker = maker;
  Object.defineProperty(view, 'prototype', { value: engine.prototype, writable: false, enumerable: false, configurable: false });
  // In 0.10's order, the first two enumerable (Object.keys(Error) shows them).
  Object.defineProperty(view, 'captureStackTrace', { value: engine.captureStackTrace, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(view, LIMIT, { value: programLimit, writable: true, enumerable: true, configurable: true });
  // Writes of the limit reach the engine's too (a data property, as 0.10's was: the view of
  // the function only watches writes, so making errors stays a plain call).
  // A formatter the program sets is the engine's hook's (stack.ts gives it 0.10's call sites);
  // the program's Error shows it as its own (enumerable, as 0.10's was) once set. Until then
  // the host, finding none there, asks the engine's constructor.
  const formatter = (value: unknown): boolean => {
    engineStatics[FORMATTER] = value;
    // Set to undefined: an own property of that value (the host then asks the engine's).
    if (value === undefined) return Reflect.defineProperty(view, FORMATTER, { value, writable: true, enumerable: true, configurable: true });
    return Reflect.defineProperty(view, FORMATTER, {
      get: () => engineStatics[FORMATTER],
      set: (v: unknown) => formatter(v),
      enumerable: true,
      configurable: true,
    });
  };
  const watched = new Proxy(view, {
    set(target, key, value) {
      if (key === FORMATTER) return formatter(value);
      if (key === LIMIT) follow(value);
      return Reflect.set(target, key, value);
    },
    defineProperty(target, key, descriptor) {
      if (key === FORMATTER && 'value' in descriptor) return formatter(descriptor.value);
      if (key === LIMIT) follow(descriptor.value);
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty(target, key) {
      if (key === FORMATTER) engineStatics[FORMATTER] = undefined;
      if (key === LIMIT) follow(undefined);
      return Reflect.deleteProperty(target, key);
    },
  });
  const follow = (value: unknown): void => {
    engineStatics[LIMIT] = engineLimit(value, room);
  };
  asNative(watched, 'Error');
  Object.defineProperty(engine.prototype, 'constructor', { value: watched, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(realm, 'Error', { value: watched, writable: true, enumerable: false, configurable: true });
  return watched;
}
