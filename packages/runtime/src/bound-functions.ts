// Bound functions named as V8 3.14 named them. Its Function.prototype.bind was written in
// JavaScript and gave every bound function the name '' (today's engine names it 'bound f',
// which a program printing `fn.name` sees). Calls still go through the engine's own bound
// function: only the name changes, once, at bind() (about 0.35 µs; 0.10's bind took 0.6 µs).
// Not reproduced: 3.14's non-configurable `length`/`name` (n10's packages share this realm
// and name some of their bound functions: console's methods) and its own poison-pill
// `arguments`/`caller` (reading either throws the same TypeError through today's inherited
// ones; adding them tripled the cost of bind).
import { replaceBuiltin } from './native-functions';

export function installBoundFunctions010(realm: typeof globalThis): void {
  const engineBind = realm.Function.prototype.bind;
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const unnamed = { value: '', writable: true, enumerable: false, configurable: true };

  // (A declaration: its name and length, 'bind' and 1, are the builtin's.)
  function bind(this: Function, _thisArg: unknown): Function {
    // eslint-disable-next-line prefer-rest-params
    const bound = apply(engineBind, this, arguments) as Function;
    defineProperty(bound, 'name', unnamed);
    return bound;
  }
  replaceBuiltin(realm.Function.prototype, 'bind', bind);
}
