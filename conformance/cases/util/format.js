// util.format: placeholders, missing and extra arguments, non-string first argument.
var util = require('util');

function show() { console.log(JSON.stringify(util.format.apply(util, arguments))); }

show();
show('plain');
show('%s:%s', 'foo');
show('%s:%s', 'foo', 'bar', 'baz');
show(1, 2, 3);
show('%d', 42);
show('%d', '42abc');
show('%d', '0x10');
show('%d %d', 1.5, {});
show('%d', null);
show('%s', null);
show('%s', undefined);
show('%s', { a: 1 });
show('%s', [1, [2, 3]]);
show('%s', { toString: function () { return 'custom toString'; } });
show('%j', { a: [1, 'two'], b: null });
show('%j', 'str');
show('%j', undefined);
show('%j', function () {});
show('%j %j', 1);
show('%%');
show('%% %s', 'a');
show('%s %%', 'a', 'b');
show('%%s', 'x');
show('%x %s', 1);
show('%');
show('%', 1);
show('trailing %');
show('%s%s%s', 'a', 'b');
show('a', { b: 1 }, [1], 'str', null, undefined, 5, true);
show({ a: 1 }, 'x');
show(null);
show(undefined, 'a');
show('x', function named() { return 1; });
show(new Error('e'));
show('x', new Error('e'));
show('a\nb', { a: 'x\ny' });
show({ a: { b: { c: { d: {} } } } });
show('s', { a: { b: { c: { d: {} } } } });
show({ inspect: function () { return 'I'; } }, { inspect: function () { return 'J'; } });
show('%s', 'é', '世界');
show('%d%%', 50);

var circular = {};
circular.self = circular;
try {
  util.format('%j', circular);
  console.log('no throw');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(util.format('%s', circular).length > 0);
console.log(util.format('obj', circular));
