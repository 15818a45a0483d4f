// repl.start over real streams (PassThroughs): output order relative to the program's ticks
// and timers, an asynchronous eval, 'exit' on .exit and on the input's end.
var repl = require('repl');
var stream = require('stream');

function session(name, options, lines, next) {
  var input = new stream.PassThrough();
  var output = new stream.PassThrough();
  var out = [];
  output.on('data', function (d) { out.push(String(d)); });
  options.input = input;
  options.output = output;
  var r = repl.start(options);
  r.on('exit', function () {
    out.push('<exit>');
    setTimeout(function () {
      console.log(name, JSON.stringify(out.join('').replace(/\n {4}at [^\n]*/g, '')));
      if (next) next();
    }, 20);
  });
  lines.forEach(function (l) { input.write(l); });
  process.nextTick(function () { out.push('<tick>'); });
  setTimeout(function () { input.end(); }, 30);
}

session('sync', { prompt: 'P> ' }, ['1+1\n', 'var a = [1,\n', '2]\n', 'a.length\n'], function () {
  session('async eval', {
    eval: function (cmd, context, file, cb) {
      setTimeout(function () { cb(cmd.indexOf('bad') >= 0 ? new Error('bad one') : null, cmd.trim()); }, 1);
    }
  }, ['first\n', 'bad\n'], function () {
    session('.exit', {}, ['2\n', '.exit\n', '3\n']);
  });
});
