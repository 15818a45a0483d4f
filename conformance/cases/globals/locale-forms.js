// 0.10's V8 had no ICU: localeCompare compares code units, toLocaleString is toString, dates in
// one English form.
var pairs = [['ab','abcd'],['abcd','ab'],['abc','abd'],['b','a'],['a',''],['',''],['A','a'],['\u00e9','e'],['\ud83d\ude00','a'],['a','\uffff'],['10','9'],['x', undefined],['null', null],['1', 1]];
console.log(pairs.map(function (p) { return p[0].localeCompare(p[1]) }).join(' '));
console.log('abc'.localeCompare.length, (5).toLocaleString.length, typeof ''.localeCompare);
try { String.prototype.localeCompare.call(null, 'a') } catch (e) { console.log(e.message) }
console.log((-1234.5).toLocaleString(), NaN.toLocaleString(), (1e21).toLocaleString(), (0.000001).toLocaleString(), Number.prototype.toLocaleString.call(5));
try { Number.prototype.toLocaleString.call('5') } catch (e) { console.log(e.message) }
var d = new Date(2013, 9, 5, 7, 8, 9); console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString(), '|', d.toString(), '|', d.toDateString(), '|', d.toTimeString());
var bad = new Date(NaN); console.log(bad.toLocaleString(), bad.toLocaleDateString(), bad.toLocaleTimeString());
console.log([1234.5, new Date(0), 'x', null, undefined, {toLocaleString: function () { return 'L' }}].toLocaleString());
console.log(new Date(2013, 0, 1).toLocaleDateString(), new Date(2013, 11, 31, 23, 59).toLocaleTimeString());
