// SIGINT and SIGTERM with no listener: 0.10 exits with 128 + signum (its own handler), so the
// parent sees an exit code and no signal; 'exit' listeners do not run. Other signals kill.
var spawn = require('child_process').spawn;
var children = {
  idle: 'setInterval(function(){}, 1000); process.on("exit", function(){ console.log("exit listener") }); console.log("ready")',
  busy: 'console.log("ready"); while (true) {}',
  listener: 'process.on("SIGTERM", function(){ console.log("got SIGTERM"); process.exit(0) }); process.on("SIGINT", function(){ console.log("got SIGINT"); process.exit(0) }); setInterval(function(){}, 1000); console.log("ready")',
  removed: 'function f(){} process.on("SIGTERM", f); process.on("SIGINT", f); process.removeListener("SIGTERM", f); process.removeListener("SIGINT", f); setInterval(function(){}, 1000); console.log("ready")',
  self: 'process.on("exit", function(){ console.log("exit listener") }); process.kill(process.pid, "SIGTERM"); setTimeout(function(){ console.log("still alive") }, 500)'
};
var plan = [['idle', 'SIGTERM'], ['idle', 'SIGINT'], ['idle', 'SIGHUP'], ['busy', 'SIGTERM'], ['listener', 'SIGTERM'], ['removed', 'SIGINT'], ['self', null]];
(function next() {
  var p = plan.shift();
  if (!p) return;
  var c = spawn(process.execPath, ['-e', children[p[0]]]);
  var out = '';
  c.stdout.setEncoding('utf8');
  c.stdout.on('data', function (d) {
    out += d;
    if (p[1] && out === 'ready\n') setTimeout(function () { c.kill(p[1]); }, 50);
  });
  c.on('close', function (code, sig) {
    console.log(p[0], p[1], '->', code, sig, JSON.stringify(out));
    next();
  });
})();
