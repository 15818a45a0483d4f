// util.inspect options: depth, showHidden, colors, customInspect, the legacy positional form,
// and inspect.styles / inspect.colors customisation.
var util = require('util');

var deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } }, arr: [[[[['x']]]]] };
console.log(util.inspect(deep));
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: 1 }));
console.log(util.inspect(deep, { depth: 4 }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: -1 }));

var hidden = { visible: 1 };
Object.defineProperty(hidden, 'secret', { value: 'shh', enumerable: false });
Object.defineProperty(hidden, 'acc', { get: function () { return 1; }, enumerable: false });
console.log(util.inspect(hidden));
console.log(util.inspect(hidden, { showHidden: true }));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
console.log(util.inspect({ a: [1] }, { showHidden: true }));
console.log(util.inspect(function namedHidden() {}, { showHidden: true }));

var custom = { inspect: function (d) { return 'custom@' + d; }, x: 1 };
console.log(util.inspect(custom));
console.log(util.inspect(custom, { customInspect: false }));
console.log(util.inspect({ wrap: custom }, { depth: 5 }));

var colorful = [1, 'str', true, null, undefined, /re/g, new Date(0), function () {}, function named() {}, { k: 'v', 'q-k': 2 }];
console.log(JSON.stringify(util.inspect(colorful, { colors: true })));
var circ = { a: 1 }; circ.me = circ;
Object.defineProperty(circ, 'g', { get: function () { return 1; }, enumerable: true });
console.log(JSON.stringify(util.inspect(circ, { colors: true })));
console.log(JSON.stringify(util.inspect({ deep: { deeper: { deepest: {} } } }, { colors: true, depth: 0 })));

// Legacy signature: inspect(obj, showHidden, depth, colors).
console.log(util.inspect(deep, false, 0));
console.log(util.inspect(deep, false, null));
console.log(JSON.stringify(util.inspect([1, 'a'], false, 2, true)));
console.log(util.inspect([1], true));

// Styles and colours are read at call time.
var savedNumber = util.inspect.styles.number;
util.inspect.styles.number = 'red';
util.inspect.styles.name = 'blue';
console.log(JSON.stringify(util.inspect({ n: 5 }, { colors: true })));
util.inspect.styles.number = savedNumber;
delete util.inspect.styles.name;
console.log(JSON.stringify(util.inspect({ n: 5 }, { colors: true })));
console.log(Object.keys(util.inspect.colors).join(','));
console.log(util.inspect(util.inspect.styles));
console.log(util.inspect(util.inspect.colors.bold), util.inspect.length);

// The inspect of the module objects themselves.
console.log(util.inspect(util));
