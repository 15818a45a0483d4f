// A child that has already ended when the loop first polls its pipes: node 0.10 reported
// its 'exit' before its output ('data', 'end'), then 'close'. A child still running when
// its pipe is first polled writes first: its output comes before 'exit'.
var cp = require('child_process');
var fs = require('fs');

function ended(pid) {
  // Linux: a zombie (ended, not yet reaped) has state Z in /proc/<pid>/stat.
  var stat = fs.readFileSync('/proc/' + pid + '/stat', 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).charAt(0) === 'Z';
}

function watch(name, child, done) {
  var ev = [];
  child.stdout.on('data', function (d) { ev.push('out ' + JSON.stringify(String(d))); });
  child.stdout.on('end', function () { ev.push('out end'); });
  if (child.stderr) {
    child.stderr.on('data', function (d) { ev.push('err ' + JSON.stringify(String(d))); });
    child.stderr.on('end', function () { ev.push('err end'); });
  }
  child.on('exit', function (code) { ev.push('exit ' + code); });
  child.on('close', function (code) {
    ev.push('close ' + code);
    console.log(name + ': ' + ev.join(', '));
    done();
  });
}

function quick(next) {
  var child = cp.spawn('echo', ['hi']);
  watch('ended before the first poll', child, next);
  while (!ended(child.pid));
}

function quickBoth(next) {
  var child = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  watch('stdout and stderr', child, next);
  while (!ended(child.pid));
}

function slow(next) {
  var child = cp.spawn('sh', ['-c', 'sleep 0.2; echo late'], { stdio: ['pipe', 'pipe', 'ignore'] });
  watch('wrote while polled', child, next);
}

function exec(next) {
  var ev = [];
  var child = cp.exec('echo hi', function (err, stdout) {
    ev.push('callback ' + JSON.stringify(stdout));
    console.log('exec: ' + ev.join(', '));
    next();
  });
  child.on('exit', function (code) { ev.push('exit ' + code + ' ' + JSON.stringify(child.stdout._readableState.length)); });
  while (!ended(child.pid));
}

quick(function () { quickBoth(function () { slow(function () { exec(function () {}); }); }); });
