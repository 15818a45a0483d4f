// A program read from stdin (no script argument, stdin not a terminal): its module variables,
// its uncaught throw's report and stack (0.10 ran it from a "[stdin]-wrapper", called by the
// stdin stream's 'end' listener), and a stack taken in a later tick.
var cp = require('child_process');
var program = [
  'console.log(__filename, module.id, typeof require, process.argv.length);',
  'process.nextTick(function () { console.log(new Error("later").stack.split("\\n").slice(0, 3).join("|")); });',
  'setTimeout(function () { throw new Error("in a timer"); }, 1);',
  'throw new Error("at once");'
];
function run(source, done) {
  var child = cp.spawn(process.execPath, []);
  var out = '';
  var err = '';
  child.stdout.on('data', function (d) { out += d; });
  child.stderr.on('data', function (d) { err += d; });
  child.on('close', function (code) { done(code, out, err); });
  child.stdin.end(source);
}
run(program.join('\n'), function (code, out, err) {
  console.log('exit', code);
  console.log(out);
  console.log(err);
  run(program.slice(0, 3).join('\n'), function (code2, out2, err2) {
    console.log('exit', code2);
    console.log(out2);
    console.log(err2.split('\n').slice(0, 8).join('\n'));
  });
});
