// Bound functions as V8 3.14 made them. Its Function.prototype.bind was written in JavaScript:
// a bound function was named '' (today's engine names it 'bound f', which a program printing
// `fn.name` sees), printed as native code, and called its target through a runtime function.
// An exception leaving that call had its message taken into the caller's C++ try-catch, and a
// JavaScript `finally` the exception went through later lost it: 0.10 printed no source line
// above such an uncaught error when 0.10's code between the bound function and the top had one
// (loading a module, listOnTimeout, unrefTimeout, _tickCallback), and printed it otherwise (an
// I/O callback, an immediate, -e code).
//
// So bind() returns a function of its own around the engine's bound function, which keeps the
// rules for arguments, the receiver and `new`; an exception leaving it, with such a frame
// above, is noted (thrown-values.ts) and goes on. Its frame is hidden from stacks, as V8 3.14's
// native frame was. Made anonymous by a factory per arity (its `length` the bound function's;
// past the last factory, set): about 0.1 µs a bind (0.10's took 0.6 µs) and a few nanoseconds a
// call (0.10's, 80). Not reproduced: V8 3.14's had no `prototype` (this one's is the target's),
// its `length` and `name` were not configurable, and it had own poison-pill `arguments`/`caller`
// (reading those throws the same TypeError through the inherited ones).
import { replaceBuiltin, withSourceText } from './native-functions';
import { callSitesAbove } from './stack';
import { firstBoundPassage, noteBoundPassage } from './thrown-values';

type Wrapper = (this: unknown, ...args: unknown[]) => unknown;

const apply = Reflect.apply;
const construct = Reflect.construct;

// n10's functions where 0.10's ran what they called inside try…finally: Module._load (loading
// a module), listOnTimeout and unrefTimeout (timers), _tickCallback (ticks).
const FINALLY_FUNCTIONS = new Set(['Module._load', 'listOnTimeout', 'unrefTimeout', 'tickCallback']);

function ranInFinally(site: { getFunctionName(): string | null; getFileName(): string | null | undefined }): boolean {
  const name = site.getFunctionName();
  // (Not the host's own Module._load, which loaded n10.)
  return name !== null && FINALLY_FUNCTIONS.has(name) && !String(site.getFileName()).startsWith('node:');
}

// How far above a bound function 0.10's try…finally frames are looked for: a deeper one (deep
// recursion) is taken for none, and a stack overflow costs one look, not one a frame.
const FRAMES_LOOKED_AT = 200;

/** An exception leaves a bound function (the stack's sites are taken, once, to look above it). */
function leftBound(e: unknown): void {
  if (!firstBoundPassage(e)) return;
  let sites: ReturnType<typeof callSitesAbove>;
  try {
    sites = callSitesAbove(leftBound, FRAMES_LOOKED_AT);
  } catch {
    // (Out of stack itself: no look.)
    return;
  }
  if (sites && sites.some(ranInFinally)) noteBoundPassage(e);
}

// The body inline in each (a shared helper taking `arguments` cost ten times as much a call).
/* eslint-disable prefer-rest-params, @typescript-eslint/no-unused-vars */
const factories: ((bound: Function) => Wrapper)[] = [
  (bound) => function () { try { return new.target === undefined ? apply(bound, undefined, arguments) : construct(bound, arguments); } catch (e) { leftBound(e); throw e; } },
  (bound) => function (a) { try { return new.target === undefined ? apply(bound, undefined, arguments) : construct(bound, arguments); } catch (e) { leftBound(e); throw e; } },
  (bound) => function (a, b) { try { return new.target === undefined ? apply(bound, undefined, arguments) : construct(bound, arguments); } catch (e) { leftBound(e); throw e; } },
  (bound) => function (a, b, c) { try { return new.target === undefined ? apply(bound, undefined, arguments) : construct(bound, arguments); } catch (e) { leftBound(e); throw e; } },
];
/* eslint-enable prefer-rest-params, @typescript-eslint/no-unused-vars */

export function installBoundFunctions010(realm: typeof globalThis): void {
  const functionPrototype = realm.Function.prototype;
  const engineBind = functionPrototype.bind;
  // A vm context's bound functions are its own functions (the wrappers are made here).
  const foreign = realm !== globalThis;
  const defineProperty = Object.defineProperty;
  // Each wrapper prints as V8 3.14's bound functions did.
  for (const make of factories) withSourceText(Function.prototype.toString.call(make(engineBind)), 'function () { [native code] }');
  const last = factories.length - 1;

  // (A declaration: its name and length, 'bind' and 1, are the builtin's.)
  function bind(this: Function, _thisArg: unknown): Function {
    // eslint-disable-next-line prefer-rest-params
    const bound = apply(engineBind, this, arguments) as Function;
    const length = bound.length;
    const wrapper = factories[length < last ? length : last](bound);
    if (length > last) defineProperty(wrapper, 'length', { value: length, configurable: true });
    // instanceof asks the prototype: the target's (as instanceof a bound function did, but for
    // a target whose prototype is replaced after the bind; an own Symbol.hasInstance would slow
    // every instanceof in V8).
    wrapper.prototype = this.prototype;
    if (foreign) Object.setPrototypeOf(wrapper, functionPrototype);
    return wrapper;
  }
  replaceBuiltin(functionPrototype, 'bind', bind);
}
