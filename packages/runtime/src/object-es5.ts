// Object's reflection functions on primitives as node 0.10's engine (ES5) had them: a
// non-object argument threw a TypeError ("Object.keys called on non-object"; V8 3.14 wrote
// "Object.preventExtension" without the s), where ES2015 converts it (Object.keys('ab') is
// ['0', '1'], Object.getPrototypeOf(1) Number.prototype, Object.freeze(1) 1). Objects and
// functions go straight to the engine's function.
import { replaceBuiltin } from './native-functions';

type Reflector = (o: unknown, key?: unknown) => unknown;

const NAMES = [
  'getPrototypeOf', 'getOwnPropertyDescriptor', 'getOwnPropertyNames', 'seal', 'freeze', 'preventExtensions',
  'isSealed', 'isFrozen', 'isExtensible', 'keys',
] as const;

function make(name: (typeof NAMES)[number], engine: Reflector, TypeError: TypeErrorConstructor): Reflector {
  const message = `Object.${name === 'preventExtensions' ? 'preventExtension' : name} called on non-object`;
  // One or two parameters, as the engine's (length 1, getOwnPropertyDescriptor 2).
  if (name === 'getOwnPropertyDescriptor') {
    return function getOwnPropertyDescriptor(o: unknown, key: unknown): unknown {
      if ((typeof o !== 'object' || o === null) && typeof o !== 'function') throw new TypeError(message);
      return engine(o, key);
    };
  }
  const fn = function (o: unknown): unknown {
    if ((typeof o !== 'object' || o === null) && typeof o !== 'function') throw new TypeError(message);
    return engine(o);
  };
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

/** On `realm`'s Object (the program's by default; a vm context's global for its own). */
export function installObjectEs5(realm: typeof globalThis = globalThis): void {
  const Object = realm.Object;
  for (const name of NAMES) {
    const engine = Object[name] as Reflector;
    replaceBuiltin(Object, name, make(name, engine, realm.TypeError));
  }
}
