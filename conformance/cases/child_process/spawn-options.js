// spawn options: env (values as strings), cwd, stdio (strings, arrays, fds, null defaults,
// extra pipes), customFds, detached, stdin piped through cat.
var cp = require('child_process');
var fs = require('fs');
function collect(stream, cb) { var s = ''; stream.on('data', function (d) { s += d; }); stream.on('end', function () { cb(s); }); }
var steps = [
  function (next) {
    var c = cp.spawn('sh', ['-c', 'echo "$A|$B|$C|$D|$HOME"'], {env: {A: 1, B: null, C: undefined, D: {}}});
    collect(c.stdout, function (s) { console.log('env', JSON.stringify(s)); next(); });
  },
  function (next) {
    var c = cp.spawn('pwd', [], {cwd: '/'});
    collect(c.stdout, function (s) { console.log('cwd', JSON.stringify(s)); next(); });
  },
  function (next) {
    var shapes = ['pipe', 'ignore', 'inherit', ['ignore', 'pipe'], [null, null, null, 'pipe', null], [-1, 1, 2], [0, 'pipe', 'ignore']];
    shapes.forEach(function (s) {
      var c = cp.spawn('true', [], {stdio: s});
      console.log('stdio', JSON.stringify(s), c.stdio.map(function (x) { return x === null ? null : x.constructor.name; }), c.stdin === c.stdio[0]);
    });
    var d = cp.spawn('true', [], {customFds: [-1, 1, -1]});
    console.log('customFds', d.stdio.map(function (x) { return x === null ? null : x.constructor.name; }));
    next();
  },
  function (next) {
    var c = cp.spawn('sh', ['-c', 'echo three >&3; echo four >&4'], {stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe']});
    var got = {};
    [3, 4].forEach(function (fd) {
      collect(c.stdio[fd], function (s) {
        got[fd] = s;
        if (got[3] !== undefined && got[4] !== undefined) { console.log('fds 3 and 4', JSON.stringify(got)); next(); }
      });
    });
  },
  function (next) {
    var file = 'out-' + process.pid + '.txt';
    var fd = fs.openSync(file, 'w');
    var c = cp.spawn('sh', ['-c', 'echo to file; echo err >&2'], {stdio: ['ignore', fd, 'ignore']});
    c.on('close', function (code) {
      fs.closeSync(fd);
      console.log('to an fd', code, JSON.stringify(fs.readFileSync(file, 'utf8')));
      fs.unlinkSync(file);
      next();
    });
  },
  function (next) {
    var c = cp.spawn('cat');
    var chunks = [];
    for (var i = 0; i < 2000; i++) chunks.push('line ' + i + ' \u00e9\n');
    var text = chunks.join('');
    collect(c.stdout, function (s) { console.log('cat echoed', s.length, s === text); next(); });
    chunks.forEach(function (l) { c.stdin.write(l); });
    c.stdin.end();
  },
  function (next) {
    var c = cp.spawn('sh', ['-c', 'ps -o pgid= -p $$'], {detached: true});
    collect(c.stdout, function (s) { console.log('detached leads its group', Number(s) === c.pid); next(); });
  }
];
(function run(i) { if (i < steps.length) steps[i](function () { run(i + 1); }); })(0);
