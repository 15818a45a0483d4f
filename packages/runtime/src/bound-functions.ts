// Bound functions as V8 3.14 made them. Its Function.prototype.bind was written in JavaScript:
// a bound function was named '' (today's engine names it 'bound f', which a program printing
// `fn.name` sees), printed as native code, and called its target through a runtime function,
// whose return to C++ took the message of an exception passing through: 0.10 printed no source
// line above such an uncaught error (`setTimeout(this.tick.bind(this))` throwing, say).
//
// So bind() returns a function of its own around the engine's bound function, which keeps the
// rules for arguments, the receiver and `new`; an exception leaving it is noted
// (thrown-values.ts) and goes on. Its frame is hidden from stacks, as V8 3.14's native frame
// was. Made anonymous by a factory per arity (its `length` the bound function's; past the last
// factory, set): about 0.05 µs a bind (0.10's took 0.6 µs) and a few nanoseconds a call
// (0.10's, 80). Not reproduced: V8 3.14's had no `prototype` (this one's is the target's),
// its `length` and `name` were not configurable, and it had own poison-pill
// `arguments`/`caller` (reading those throws the same TypeError through the inherited ones).
import { replaceBuiltin, withSourceText } from './native-functions';
import { noteBoundPassage } from './thrown-values';

type Wrapper = (this: unknown, ...args: unknown[]) => unknown;

const apply = Reflect.apply;
const construct = Reflect.construct;

// The body inline in each (a shared helper taking `arguments` cost ten times as much a call).
/* eslint-disable prefer-rest-params, @typescript-eslint/no-unused-vars */
const factories: ((bound: Function) => Wrapper)[] = [
  (bound) => function () { try { return new.target === undefined ? apply(bound, undefined, arguments) : construct(bound, arguments); } catch (e) { noteBoundPassage(e); throw e; } },
  (bound) => function (a) { try { return new.target === undefined ? apply(bound, undefined, arguments) : construct(bound, arguments); } catch (e) { noteBoundPassage(e); throw e; } },
  (bound) => function (a, b) { try { return new.target === undefined ? apply(bound, undefined, arguments) : construct(bound, arguments); } catch (e) { noteBoundPassage(e); throw e; } },
  (bound) => function (a, b, c) { try { return new.target === undefined ? apply(bound, undefined, arguments) : construct(bound, arguments); } catch (e) { noteBoundPassage(e); throw e; } },
];
/* eslint-enable prefer-rest-params, @typescript-eslint/no-unused-vars */

export function installBoundFunctions010(realm: typeof globalThis): void {
  const engineBind = realm.Function.prototype.bind;
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
    return wrapper;
  }
  replaceBuiltin(realm.Function.prototype, 'bind', bind);
}
