// 0.10 copies a sandbox into a context and back by property descriptor (node_script.cc
// CloneObject): getters stay getters, non-enumerable and read-only properties go in, the
// context's globals come back (non-enumerable), nothing comes back when the code throws.
var vm = require('vm');
function show(label, f) {
  var r;
  try { r = f(); } catch (e) { r = 'THROW ' + e.name + ': ' + e.message; }
  console.log(label + ':', JSON.stringify(r));
}
show('getter', function () {
  var n = 0, s = {};
  Object.defineProperty(s, 'g', { get: function () { return ++n; }, enumerable: true, configurable: true });
  var r = vm.runInNewContext('g + g', s);
  return [r, n, typeof Object.getOwnPropertyDescriptor(s, 'g').get];
});
show('non-enumerable in', function () {
  var s = {};
  Object.defineProperty(s, 'hidden', { value: 3 });
  return vm.runInNewContext('typeof hidden', s);
});
show('read-only', function () {
  var s = {};
  Object.defineProperty(s, 'ro', { value: 1, enumerable: true });
  return [vm.runInNewContext('ro = 2; ro', s), s.ro];
});
show('setter', function () {
  var got = [], s = {};
  Object.defineProperty(s, 'st', { set: function (v) { got.push(v); }, get: function () { return 'G'; }, enumerable: true, configurable: true });
  return [vm.runInNewContext('st = 5; st', s), got];
});
show('globals back', function () {
  var s = {};
  vm.runInNewContext('x = 1', s);
  return [Object.keys(s), Object.getOwnPropertyNames(s).sort(), s.Array === Array, typeof s.JSON];
});
show('second run sees the first context builtins', function () {
  var s = {};
  vm.runInNewContext('Array.mark = 1', s);
  return vm.runInNewContext('Array.mark', s);
});
show('throw: nothing back', function () {
  var s = {};
  try { vm.runInNewContext('a = 1; throw new Error("x")', s); } catch (e) {}
  return Object.getOwnPropertyNames(s);
});
show('throw: context keeps it', function () {
  var c = vm.createContext({});
  try { vm.runInContext('a = 1; throw new Error("x")', c); } catch (e) {}
  return [Object.keys(c), vm.runInContext('a', c), Object.keys(c)];
});
show('createContext(5)', function () { return vm.createContext(5); });
show('createContext(undefined)', function () { return vm.createContext(undefined); });
show('createContext non-enumerable', function () {
  var s = {};
  Object.defineProperty(s, 'h', { value: 1 });
  var c = vm.createContext(s);
  return [Object.getOwnPropertyNames(c), Object.keys(c), vm.runInContext('h', c)];
});
show('invalid call', function () { var sc = vm.createScript('1'); var f = sc.runInThisContext; return f(); });
show('Script methods', function () { var sc = vm.createScript('1'); return [Object.keys(sc), sc.runInThisContext()]; });
