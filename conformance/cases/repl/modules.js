// The REPL is module 'repl' of the current directory: its require resolves from there
// (node_modules, relative files), and completion lists the modules it can find.
var path = require('path');
var EventEmitter = require('events').EventEmitter;
process.chdir(path.join(__dirname, '../../../packages/repl/test/fixtures/project'));
var repl = require('repl');
var input = new EventEmitter();
input.pause = input.resume = function () {};
var output = new EventEmitter();
var out = '';
output.write = function (s) { out += s; };
var r = repl.start({ input: input, output: output, useGlobal: true });
var m = r.context.module;
console.log(m.id, path.relative(process.cwd(), m.filename), m.paths.slice(0, 2).map(function (p) { return path.relative(process.cwd(), p); }));
console.log(m.exports === repl, m.loaded, m.parent, m.children);
['n10fixture-a', 'n10fixture-data', 'n10fixturedir', 'n10fixturepkg/other', './local', 'events'].forEach(function (id) {
  input.emit('data', 'require(' + JSON.stringify(id) + ')\n');
});
input.emit('data', 'require("n10fixture-nope")\n');
input.emit('data', 'require.resolve("./local") === require("path").resolve("local.js")\n');
console.log(out.replace(/\n {4}at [^\n]*/g, ''));
["require('n10f", "require(\"n10fixturepkg/", "require('n10fixturedir/", "require('zl", "require('n10fixture-a').fo"].forEach(function (line) {
  r.complete(line, function (err, res) { console.log(JSON.stringify(line), JSON.stringify(res)); });
});
