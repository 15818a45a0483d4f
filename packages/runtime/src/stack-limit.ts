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
const ROOM = 4;

// The program's Error (before its Proxy): its own stackTraceLimit is the program's limit.
let errorMaker: Record<string, unknown> | undefined;

/** Whether a stack's frame is the program's Error making the engine's (to leave out). */
export function isErrorMaker(site: { getFunction?(): unknown }): boolean {
  return errorMaker !== undefined && typeof site.getFunction === 'function' && site.getFunction() === errorMaker;
}

/** The engine's limit for the program's: room for n10's hidden frames. */
function engineLimit(limit: unknown): unknown {
  if (typeof limit !== 'number' || limit === 0 || limit === Infinity || limit !== limit) return limit;
  // V8 3.14 took a negative limit for no limit.
  return limit < 0 ? Infinity : limit + ROOM;
}

/** Error.stackTraceLimit as the program set it (a non-number when it set one). */
export function programStackLimit(): unknown {
  return errorMaker === undefined ? 10 : errorMaker[LIMIT];
}

/** Makes `realm.Error` the program's Error (see above); returns it. */
export function installStackLimit(realm: typeof globalThis): ErrorConstructor {
  const engine = realm.Error;
  const engineStatics = engine as unknown as Record<string, unknown>;
  const programLimit = engineStatics[LIMIT];
  engineStatics[LIMIT] = engineLimit(programLimit);
  // Sloppy (made by Function): a strict frame on top of a stack would hide the receivers of the
  // frames below it from a program's formatter (getThis). Its frame is left out of stacks.
  // A subclass's constructor (`class X extends Error`, super(m)) gets an instance of its own.
  const view = new Function(
    'engine',
    'return function Error(message) { return new.target && new.target.prototype !== engine.prototype ? Reflect.construct(engine, arguments, new.target) : new engine(message); };',
  )(engine) as ErrorConstructor;
  errorMaker = view as unknown as Record<string, unknown>;
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
    engineStatics[LIMIT] = engineLimit(value);
  };
  asNative(watched, 'Error');
  Object.defineProperty(engine.prototype, 'constructor', { value: watched, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(realm, 'Error', { value: watched, writable: true, enumerable: false, configurable: true });
  return watched;
}
