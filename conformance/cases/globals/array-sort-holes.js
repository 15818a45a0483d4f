// Array.prototype.sort moves holes and undefineds to the end the way V8 3.14 did: each one
// is filled with the last defined element not yet seen, so equal elements (7 and '7' compare
// equal as strings; a comparator answering 0) end in another order than a stable compaction.
function show(a) { console.log(JSON.stringify(a), a.length, Object.keys(a).join()); }
var a = [1, undefined, '1', 1]; a.sort(); show(a);
var b = [5, '7', undefined, 7, , '5', 5, undefined]; b.sort(); show(b);
var c = []; for (var i = 0; i < 30; i++) c.push(i % 4 === 0 ? undefined : { k: i % 3, i: i });
delete c[7]; delete c[13];
c.sort(function (x, y) { return x.k - y.k; });
console.log(c.map(function (o) { return o === undefined ? 'u' : o.i; }).join(), 13 in c, 29 in c);
var o = { 0: 'b', 2: 'a', 3: undefined, 4: 'B', 5: 'a', length: 7 };
Array.prototype.sort.call(o, function (x, y) { return x.toLowerCase() > y.toLowerCase(); });
console.log(JSON.stringify(o), Object.keys(o).join());
