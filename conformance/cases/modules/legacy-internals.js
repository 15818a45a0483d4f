// freelist and _linklist: undocumented 0.10 built-ins that programs of the time required.
var FreeList = require('freelist').FreeList;
console.log(require('freelist'), FreeList.length, Object.keys(FreeList.prototype));
var made = 0;
var pool = new FreeList('parsers', 2, function (x) { made++; return { x: x, self: this === pool }; });
console.log(Object.keys(pool), pool.alloc(1), made);
console.log(pool.free('a'), pool.free('b'), pool.free('c'), pool.list);
console.log(pool.alloc(), pool.alloc(), pool.alloc(7), pool.list);

var L = require('_linklist');
console.log(L, Object.keys(L));
var list = {};
L.init(list);
console.log(L.isEmpty(list), L.peek(list), list._idleNext === list);
var a = { n: 'a' }, b = { n: 'b' }, c = { n: 'c' };
L.append(list, a); L.append(list, b); L.append(list, c);
console.log(L.peek(list).n, L.isEmpty(list));
console.log(L.shift(list).n, a._idleNext, a._idlePrev, L.peek(list).n);
L.append(list, b); // moves b to the end
console.log(L.shift(list).n, L.shift(list).n, L.isEmpty(list));
L.remove({}); L.remove(a);
var other = {}; L.init(other);
L.append(list, a); L.append(other, a);
console.log(L.isEmpty(list), L.peek(other) === a);
var x = {}; L.remove(x); console.log(x);
