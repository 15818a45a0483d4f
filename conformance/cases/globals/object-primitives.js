// Object.keys and the other ES5 reflection functions threw on a primitive in node 0.10
// (ES2015 converts it): "Object.keys called on non-object".
var names = ['keys', 'getPrototypeOf', 'getOwnPropertyNames', 'getOwnPropertyDescriptor', 'freeze', 'isFrozen', 'seal', 'isSealed', 'preventExtensions', 'isExtensible'];
names.forEach(function (m) {
  ['abc', 42, true].forEach(function (v) {
    try {
      console.log(m, JSON.stringify(v), 'gave', JSON.stringify(Object[m](v, '0')));
    } catch (e) {
      console.log(m, JSON.stringify(v), 'threw', e.name + ': ' + e.message);
    }
  });
});
// A common guard: objects only.
function isPlainObject(x) { try { Object.keys(x); return true; } catch (e) { return false; } }
console.log(isPlainObject('str'), isPlainObject({}), isPlainObject([]), isPlainObject(5));
console.log(Object.keys({ b: 1, a: 2 }), Object.getPrototypeOf([]) === Array.prototype, Object.isFrozen(Object.freeze({})));
