// The builtins a new context has: V8 3.14's (no Promise, Map, Symbol, typed arrays, Intl…),
// which a program feature-testing inside a context sees.
var vm = require('vm');
var names = ['Promise', 'Map', 'Set', 'WeakMap', 'Symbol', 'Proxy', 'Reflect', 'Intl', 'ArrayBuffer', 'Uint8Array',
  'DataView', 'JSON', 'Math', 'Date', 'RegExp', 'escape', 'unescape', 'eval', 'parseInt', 'console', 'globalThis'];
var code = '[' + names.map(function (n) { return 'typeof ' + n; }).join(', ') + ']';
var a = vm.runInNewContext(code);
var b = vm.runInContext(code, vm.createContext({}));
var c = vm.createScript(code).runInNewContext({});
names.forEach(function (n, i) { console.log(n, a[i], b[i], c[i]); });
var sandbox = {};
vm.runInNewContext('x = 1', sandbox);
console.log(Object.keys(sandbox), typeof sandbox.Array, typeof sandbox.Promise, typeof sandbox.Map);
