// util.inherits with bad arguments: 0.10's sloppy-mode statements and V8 3.14 messages.
var util = require('util');
function F() {}
[[function () {}, {}], [function () {}, 5], [function () {}, undefined], [undefined, F], [5, F], ['s', F],
 [function () {}, null], [null, F], [function () {}, { prototype: 5 }], [function () {}, { prototype: null }]].forEach(function (a, i) {
  try {
    util.inherits(a[0], a[1]);
    console.log(i, 'ok', typeof a[0] === 'function' ? [a[0].super_ === a[1], Object.getPrototypeOf(a[0].prototype) === (a[1] && a[1].prototype)] : '');
  } catch (e) {
    console.log(i, e.name, e.message, typeof a[0] === 'function' ? 'super_' in a[0] : '');
  }
});
