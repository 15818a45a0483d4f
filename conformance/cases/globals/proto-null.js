// __proto__ on null-prototype objects, as 0.10's engine had it: qs 0.6 (express 3's query and
// body parser) gives Object.create(null) objects Object.prototype with `o.__proto__ = …`.
var o = Object.create(null);
console.log('__proto__' in o, o.__proto__, Object.keys(o), typeof o.hasOwnProperty, Object.getPrototypeOf(o));
o.a = 1; o.__proto__ = Object.prototype;
console.log(JSON.stringify(o), Object.keys(o), typeof o.hasOwnProperty, o.hasOwnProperty('a'), Object.getPrototypeOf(o) === Object.prototype);
var d = Object.create(null); d.__proto__ = 5; console.log(Object.keys(d), d.__proto__);
var e = {}; e.__proto__ = null; console.log(Object.getPrototypeOf(e), e.__proto__, 'toString' in e);
e.__proto__ = { z: 1 }; console.log(e.z, Object.keys(e));
var f = Object.create(null); f['__proto__'] = { y: 2 }; console.log(f.y, JSON.stringify(f));
var g = Object.create(null, { a: { value: 1, enumerable: true } }); for (var k in g) console.log('key', k); console.log(g, Object.prototype.hasOwnProperty.call(g, '__proto__'));
try { var c = {}; var c2 = Object.create(c); c.__proto__ = c2; } catch (er) { console.log(er.message); }
