// process.hrtime([previous]).
var t = process.hrtime();
console.log(Array.isArray(t), t.length, t.every(function (x) { return x === Math.floor(x) && x >= 0; }), t[1] < 1e9);
var d = process.hrtime(t);
console.log(d.length, d[0] >= 0, d[0] < 5, d[1] < 1e9);
var w = process.hrtime([t[0] - 2, t[1]]);
console.log(w[0] >= 2 && w[0] < 7);
try { process.hrtime(1); } catch (e) { console.log(String(e)); }
try { process.hrtime({ 0: 1, 1: 2 }); } catch (e) { console.log(String(e)); }
console.log(process.hrtime(undefined).length);
