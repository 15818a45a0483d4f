// Terminal interfaces over fake streams: every write, input call and event, in order
// (the scenarios of packages/readline/test/fixtures: line editing, history, completion,
// signals, key objects).
var readline = require('readline');
var harness = require('../../../packages/readline/test/fixtures/harness');
var scenarios = require('../../../packages/readline/test/fixtures/scenarios');
var deps = { EventEmitter: require('events').EventEmitter, Buffer: Buffer };
scenarios.filter(function (s) { return /^tty/.test(s.name); }).forEach(function (s) {
  console.log('## ' + s.name);
  console.log(harness.run(readline, s, deps).join('\n'));
});
