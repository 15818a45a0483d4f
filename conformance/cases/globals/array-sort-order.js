// Array.prototype.sort leaves elements in V8 3.14's order: ties, true/false comparators, sampled pivots
// over 1000 elements, holes and undefineds, array-likes; the comparator is called the same times.
var seed = 12345; function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
var out = [];
var sizes = [0, 1, 2, 5, 10, 11, 12, 17, 33, 100, 257, 999, 1000, 1001, 1002, 1500, 2048, 3001, 5000];
sizes.forEach(function (n) {
  for (var variant = 0; variant < 6; variant++) {
    var a = [];
    for (var i = 0; i < n; i++) a.push({ k: Math.floor(rnd() * (variant + 2) * 3), i: i });
    var calls = 0, log = 0;
    var cmp = [
      function (x, y) { calls++; log = (log * 7 + x.i + y.i * 3) % 1000003; return x.k - y.k; },
      function (x, y) { calls++; log = (log * 7 + x.i + y.i * 3) % 1000003; return x.k > y.k; },
      function (x, y) { calls++; return y.k - x.k; },
      function (x, y) { calls++; return (x.k + y.i) % 3 - 1; },
      function (x, y) { calls++; return x.k < y.k ? -1 : x.k > y.k ? 1 : 0; },
      function (x, y) { calls++; return String(x.k).localeCompare(String(y.k)); }
    ][variant];
    a.sort(cmp);
    var h = 0; for (var j = 0; j < a.length; j++) h = (h * 31 + a[j].i) % 1000000007;
    out.push(n + ':' + variant + ':' + h + ':' + calls + ':' + log);
  }
});
// holes, undefined, default compare, array-likes
var b = [5, undefined, , 3, 'x', null, 10, 1, , undefined, 2, 22, 'a', 11, 0, -1, -10]; b.sort(); out.push(JSON.stringify(b) + ' ' + b.length + ' ' + (8 in b) + ' ' + (16 in b));
var c = {0: 'b', 1: 'a', 3: 'c', length: 5}; Array.prototype.sort.call(c); out.push(JSON.stringify(c));
var d = []; d[100000] = 3; d[5] = 1; d[70000] = 2; d.sort(); out.push(d.length + ' ' + d[0] + d[1] + d[2] + ' ' + (3 in d) + ' ' + Object.keys(d).length);
var e = []; for (var i = 0; i < 70000; i++) e.push((i * 7919) % 70001); e.sort(); var h = 0; for (var j = 0; j < e.length; j++) h = (h * 31 + e[j]) % 1000000007; out.push('big default ' + h);
var f = [3, 1, 2]; out.push(f.sort() === f, [].sort.length, typeof [].sort(undefined), String([3,2,1].sort(null)));
try { [3, 2, 1].sort('notfn'); out.push('no throw for string comparator') } catch (er) { out.push(er.message) }
var g = ['B', 'a', 'C', 'b']; g.sort(function (x, y) { return x.toLowerCase() > y.toLowerCase() ? 1 : -1 }); out.push(g.join());
console.log(out.join('\n'));
