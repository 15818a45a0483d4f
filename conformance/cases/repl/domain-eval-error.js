// A REPL made inside domain.run: an error of a command goes to the domain (its 'error'
// listener, with process.domain still set), and the REPL does not print it or call back: the
// expression attempt's SyntaxError for `throw …` is the one the domain gets.
var repl = require('repl'), stream = require('stream'), domain = require('domain');
var input = new stream.PassThrough(), output = new stream.PassThrough(), text = '';
output.on('data', function (d) { text += d; });
var d = domain.create();
d.on('error', function (e) { console.log('domain got', e.name + ': ' + e.message, process.domain === d); });
d.run(function () {
  repl.start({ input: input, output: output, terminal: false, useGlobal: true, prompt: '> ' });
});
input.write('throw new Error("x")\n');
input.write('undefinedThing\n');
input.write('1 + 1\n');
setTimeout(function () { console.log(JSON.stringify(text.split('\n').filter(function (l) { return !/^    at /.test(l); }))); }, 100);
