// path.join calls path.normalize and path.relative calls path.resolve, looked up on the module
// at the call as 0.10's exports.normalize / exports.resolve were (a program may replace them).
var path = require('path');
var calls = [];
['normalize', 'resolve'].forEach(function (name) {
  var orig = path[name];
  path[name] = function () { calls.push(name + ' ' + JSON.stringify([].slice.call(arguments))); return orig.apply(this, arguments); };
});
function show(label, v) { console.log(label + ': ' + JSON.stringify(v)); console.log('  ' + calls.join(' | ')); calls = []; }
show('join', path.join('a', '', 'b/../c'));
show('join none', path.join());
show('relative', path.relative('/x/y', '/x/z/w'));
show('relative same', path.relative('/x', '/x'));
show('resolve', path.resolve('/a', 'b'));
show('dirname', [path.dirname('/a/b'), path.basename('/a/b.js', '.js'), path.extname('a.b')]);
