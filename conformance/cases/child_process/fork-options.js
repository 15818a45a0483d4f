// fork(modulePath, [args], [options]): args, execArgv, cwd, env, silent; the child's process
// gets send/connected/disconnect and NODE_CHANNEL_FD is removed from its environment.
var cp = require('child_process');
var path = require('path');
function show(c, label, next) {
  c.on('message', function (m) {
    m.cwd = m.cwd === '/' ? '/' : path.basename(m.cwd);
    console.log(label, JSON.stringify(m));
  });
  c.on('exit', function (code) { console.log(label, 'exit', code); if (next) next(); });
}
var a = cp.fork(__dirname + '/fixtures/child.js', ['info', 'x', 'y']);
show(a, 'defaults', function () {
  var b = cp.fork(__dirname + '/fixtures/child.js', ['info'], {cwd: '/', env: {FOO: 'bar', PATH: process.env.PATH, HOME: process.env.HOME}, execArgv: ['--no-deprecation']});
  show(b, 'options', function () {
    var c = cp.fork('./fixtures/child.js', ['info'], {silent: true, stdio: 'ignore'});
    console.log('silent stdio', c.stdio.map(function (s) { return s === null ? null : typeof s; }));
    show(c, 'silent', function () {
      var d = cp.fork(__dirname + '/fixtures/no-such-module.js', [], {silent: true});
      d.on('exit', function (code) { console.log('missing module exit', code); });
    });
  });
});
