// 0.10's native objects (binding.Hash, SecureContext, …) had their methods on the prototype as
// enumerable properties (SetPrototypeMethod): Object.keys and for-in list them. A class's
// methods are not enumerable; this makes them so.
export function enumerableMethods(ctor: { prototype: object }): void {
  const proto = ctor.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d && typeof d.value === 'function') Object.defineProperty(proto, name, { ...d, enumerable: true });
  }
}
