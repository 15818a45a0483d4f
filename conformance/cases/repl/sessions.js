// REPL sessions over fake streams (packages/repl/test/fixtures/sessions.js): expressions, _,
// multi-line commands and the ... prompt, errors, the commands, .save/.load, the context of a
// REPL that does not use the global object, ignoreUndefined, writer, useColors, custom eval,
// the legacy signature, 'exit', completion, and terminal mode (echo, colours, history, ^C,
// ^D, tab). Stack frames are left out: they name each implementation's own files.
var repl = require('repl');
var harness = require('../../../packages/repl/test/fixtures/harness');
var sessions = require('../../../packages/repl/test/fixtures/sessions');
var deps = { EventEmitter: require('events').EventEmitter, fs: require('fs'), file: require('os').tmpdir() + '/n10-repl-case-' + process.pid + '.js' };
sessions.forEach(function (s) {
  s.steps.forEach(function (step) { if (step[0] === 'data') step[1] = step[1].split('FILE').join(deps.file); });
  console.log('## ' + s.name);
  console.log(harness.run(repl, s, deps).join('\n'));
});
