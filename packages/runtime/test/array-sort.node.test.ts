// Array.prototype.sort in V8 3.14's order (array-sort.ts): today's engine sorts stably, 0.10's
// did not, and programs print the order of equal elements.
import test from 'ava';
import { sameAsOracle } from './helpers';


test('Array.prototype.sort(compareFunction): equal elements end where 0.10 left them (more than 10)', (t) => {
  sameAsOracle(t, "var a = []; for (var i = 0; i < 25; i++) a.push({k: i % 3, i: i}); console.log(a.sort(function (x, y) { return x.k - y.k }).map(function (o) { return o.i }).join())");
});

test('Array.prototype.sort(compareFunction): a comparator answering true/false sorts as in 0.10', (t) => {
  sameAsOracle(t, "var b = []; for (var i = 0; i < 15; i++) b.push(14 - i); console.log(b.sort(function (x, y) { return x > y }).join())");
});

test('Array.prototype.sort(compareFunction): over 1000 elements the pivot is a sampled median, as in 0.10; the comparator is called as often', (t) => {
  sameAsOracle(
    t,
    'var n = 0, c = []; for (var i = 0; i < 3000; i++) c.push({k: (i * 7919) % 13, i: i}); c.sort(function (x, y) { n++; return x.k - y.k }); var h = 0; for (var i = 0; i < c.length; i++) h = (h * 31 + c[i].i) % 1000000007; console.log(h, n)',
  );
});

test('Array.prototype.sort(): strings and numbers by their string forms; undefineds then holes last; a non-function comparator ignored', (t) => {
  sameAsOracle(t, "var a = [5, undefined, , 3, 'x', null, 10, 1, , -1, -10, 2147483647, 0]; a.sort(); console.log(JSON.stringify(a), a.length, 12 in a, String([3, 2, 1].sort(null)))");
});

test('Array.prototype.sort: array-likes and sparse arrays; prints as a native function', (t) => {
  sameAsOracle(
    t,
    "var c = {0: 'b', 1: 'a', 3: 'c', length: 5}; Array.prototype.sort.call(c); var d = []; d[4000000000] = 3; d[5] = 1; d.sort(); console.log(JSON.stringify(c), d.length, d[0], d[1], Object.keys(d).length, String([].sort), [].sort.length)",
  );
});

test('Array.prototype.sort: holes and undefineds are filled from the end before sorting, as V8 3.14 did (equal elements move)', (t) => {
  sameAsOracle(
    t,
    "var a = [1, undefined, '1', 1]; a.sort(); var b = [2, , '2', 3, undefined, 2, '3']; b.sort(function (x, y) { return x - y; }); var o = {0: 'b', 2: 'a', 3: undefined, 4: 'B', 5: 'a', length: 7}; Array.prototype.sort.call(o, function (x, y) { return x.toLowerCase() > y.toLowerCase(); }); console.log(JSON.stringify([a, b, o]), 6 in b, Object.keys(o))",
  );
});
