// JSON.parse stores a "__proto__" key as V8 3.14 did: an object or null becomes the object's
// prototype, another value is dropped, no own "__proto__" property is left.
var util = require('util');
function show(text, reviver) {
  var o = JSON.parse(text, reviver);
  var isObject = o !== null && typeof o === 'object';
  var inherited = [];
  if (isObject) for (var k in o) if (!Object.prototype.hasOwnProperty.call(o, k)) inherited.push(k);
  console.log(text, '->', util.inspect(o, { depth: 4 }), JSON.stringify(o), isObject ? Object.keys(o) : '-', inherited,
    isObject ? Object.getPrototypeOf(o) === Object.prototype : '-');
  return o;
}
show('{"a":1,"__proto__":{"x":1},"b":2}');
show('{"__proto__":[1,2]}');
var n = show('{"__proto__":null,"k":"v"}');
console.log(typeof n.hasOwnProperty, Object.getPrototypeOf(n));
show('{"__proto__":1}');
show('{"__proto__":"s","t":true}');
show('[{"__proto__":{"z":3}},{"y":{"__proto__":{"w":4}}}]');
show('{"outer":{"__proto__":{"inner":{"__proto__":{"deep":1}}}}}');
show('"__proto__"');
show('{"a__proto__b":1}');
var seen = [];
show('{"a":{"__proto__":{"p":1},"b":2},"c":[1,{"__proto__":{"q":2}}]}', function (k, v) { seen.push(k); return typeof v === 'number' ? v * 10 : v; });
console.log(seen.join(','));
show('{"a":1,"b":2,"__proto__":{}}', function (k, v) { return k === 'a' ? undefined : v; });
