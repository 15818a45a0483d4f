// Function.prototype.toString as V8 3.14 wrote functions: "function " + name + the source from
// the parameter list on; natives as [native code]; the method is not generic.
console.log(String(function(){}));
console.log(String(function  (a,b){ return a+b }));
console.log(String(function foo  (a){return a}));
var o = { m: function(x) { return x; }, get g() { return 1; } };
console.log(String(o.m));
console.log(String(Object.getOwnPropertyDescriptor(o, 'g').get));
console.log(String(Math.max), String(function () {}.bind(null)));
console.log([function(){}].toString(), '' + function(){ /* c */ });
console.log(String(new Function('a', 'b', 'return a + b')));
console.log(Function.prototype.toString.name, Function.prototype.toString.length, Object.keys(Function.prototype).length);
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name, e.message); }
