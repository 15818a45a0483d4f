// process.binding('natives') and ('evals'): the core module names, a module body run the way
// graceful-fs 3 (through the `natives` package) runs natives.fs, and the "No such module" error.
var natives = process.binding('natives');
console.log(Object.keys(natives).join(' '));
console.log(natives === process.binding('natives'), typeof natives.fs, typeof natives.util);
var evals = process.binding('evals');
console.log(Object.keys(evals).join(' '), typeof evals.NodeScript.runInThisContext);
console.log(evals.NodeScript.runInThisContext('6 * 7', 'answer.js', true));
function load(id) {
  var wrapped = '(function (exports, require, module, __filename, __dirname) { ' + natives[id] + '\n});';
  var fn = evals.NodeScript.runInThisContext(wrapped, id + '.js', true);
  var m = { exports: {} };
  var cache = {};
  cache[id] = m; // as `natives` does: the module's own name is in its require's cache
  fn(m.exports, function (x) { return cache[x] ? cache[x].exports : require(x); }, m, id + '.js', '.');
  return m.exports;
}
var fs2 = load('fs');
console.log(fs2 !== require('fs'), typeof fs2.readFileSync);
fs2.stat = function () { return 'mine'; };
console.log(fs2.stat(), typeof require('fs').stat);
var util2 = load('util');
console.log(util2.format('%s=%d', 'x', 1), util2 !== require('util'));
console.log(typeof load('assert'), typeof load('events').EventEmitter);
['nope', 'contextify', 'v8'].forEach(function (name) {
  try { process.binding(name); console.log(name, 'ok'); } catch (e) { console.log(name, e.message); }
});
