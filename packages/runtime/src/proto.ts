// __proto__ as node 0.10's engine had it: a property of every object, null-prototype objects
// included. V8 3.14 answered `o.__proto__` and `o.__proto__ = v` on any object; today's engine
// keeps them as an accessor of Object.prototype, so an object without Object.prototype in its
// chain (Object.create(null)) takes `o.__proto__ = Object.prototype` as an own property named
// "__proto__". qs 0.6 (express 3 and connect 2 parse every query string and form body with
// it) builds null-prototype objects and gives them Object.prototype that way: without this,
// req.query printed {"a":"1","__proto__":{}} and had no hasOwnProperty.
//
// So a null prototype is stood for by one object, NULL_PROTO, whose only property is the
// __proto__ accessor: Object.create(null) and `o.__proto__ = null` give it, and
// Object.getPrototypeOf and the __proto__ getter answer null for it.
import { replaceBuiltin } from './native-functions';

const engineCreate = Object.create;
const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__') as PropertyDescriptor;
const engineGetProto = descriptor.get as (this: unknown) => object | null;
const engineSetProto = descriptor.set as (this: unknown, value: unknown) => void;

const NULL_PROTO: object = engineCreate(null);

function getProto(this: unknown): object | null {
  const proto = engineGetProto.call(this);
  return proto === NULL_PROTO ? null : proto;
}

function setProto(this: unknown, value: unknown): void {
  engineSetProto.call(this, value === null ? NULL_PROTO : value);
}

Object.defineProperty(NULL_PROTO, '__proto__', { get: getProto, set: setProto, enumerable: false, configurable: false });

/**
 * On `realm`'s Object (the program's by default; a vm context's global for its own). Every realm
 * shares the one NULL_PROTO (and its engine accessor, which answers for any realm's objects).
 */
export function installProto010(realm: typeof globalThis = globalThis): void {
  const Object = realm.Object;
  Object.defineProperty(Object.prototype, '__proto__', { get: getProto, set: setProto, enumerable: false, configurable: true });

  const engineGetPrototypeOf = Object.getPrototypeOf;
  const engineCreate = Object.create;
  const getPrototypeOf = function getPrototypeOf(o: unknown): object | null {
    const proto = engineGetPrototypeOf(o);
    return proto === NULL_PROTO ? null : proto;
  };
  const create = function create(proto: object | null, properties?: PropertyDescriptorMap): unknown {
    return engineCreate(proto === null ? NULL_PROTO : proto, properties as PropertyDescriptorMap);
  };
  replaceBuiltin(Object, 'getPrototypeOf', getPrototypeOf);
  replaceBuiltin(Object, 'create', create);
}
