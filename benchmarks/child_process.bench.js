// child_process: starting processes and talking to them.
//   spawn /bin/true    spawn, wait for 'close', one at a time (processes per second)
//   exec echo          exec('echo hi') through /bin/sh, output collected (commands per second)
//   fork round-trip    one forked child echoes each message back (round trips per second);
//                      the child runs on the contender's own runtime (process.execPath)
//   stdout 4 MiB       head -c 4 MiB /dev/zero read through the stdout pipe (MiB per second)
// Contenders: the n10 runtime's require('child_process') (labelled n10: ratios are relative
// to it), @n10/child_process on the host node, the host node's own, and node 0.10's.
//
// Run directly with the argument 'echo-child', this file is the forked child.
var path = require('path');

if (require.main === module && process.argv[2] === 'echo-child') {
  process.on('message', function (m) { process.send(m); });
  return;
}

var child = null;

function channelOf(c) {
  return c.channel || c._channel;
}

// The echo child starts with the contender (it is ready by the time the fork case runs, so
// its start-up is not timed); it keeps this process alive only while a batch runs.
function withChild(cp) {
  child = cp.fork(__filename, ['echo-child']);
  child.unref();
  channelOf(child).unref();
  return cp;
}

exports.contenders = {
  n10: { runtime: 'n10', load: function () { return withChild(require('child_process')); } },
  '@n10/child_process (node 20)': { runtime: 'host', load: function () { return require(path.join(__dirname, '../packages/child_process')); } },
  'node 20': { runtime: 'host', load: function () { return withChild(require('child_process')); } },
  'node 0.10': { runtime: 'oracle', load: function () { return withChild(require('child_process')); } }
};

exports.cases = {
  'spawn /bin/true': function (cp) {
    return function (n, done) {
      var i = 0;
      (function next() {
        if (i++ === n) return done();
        cp.spawn('/bin/true', [], { stdio: 'ignore' }).on('close', next);
      })();
    };
  },
  'exec echo': function (cp) {
    return function (n, done) {
      var i = 0;
      (function next() {
        if (i++ === n) return done();
        cp.exec('echo hi', function (err, out) {
          if (err || String(out) !== 'hi\n') throw err || new Error('bad output ' + out);
          next();
        });
      })();
    };
  },
  'fork round-trip': function (cp, label) {
    // The @n10 package on the host forks the host node: that is node 20's child, not n10's.
    if (!child) return null;
    return function (n, done) {
      child.ref();
      channelOf(child).ref();
      var i = 0;
      var message = { seq: 0, body: 'ping' };
      function onMessage() {
        if (++i === n) {
          child.removeListener('message', onMessage);
          child.unref();
          channelOf(child).unref();
          return done();
        }
        message.seq = i;
        child.send(message);
      }
      child.on('message', onMessage);
      child.send(message);
    };
  },
  'stdout 4 MiB': function (cp) {
    return function (n, done) {
      var i = 0;
      (function next() {
        if (i++ === n) return done();
        var bytes = 0;
        var c = cp.spawn('head', ['-c', String(4 << 20), '/dev/zero']);
        c.stdout.on('data', function (d) { bytes += d.length; });
        c.on('close', function () {
          if (bytes !== 4 << 20) throw new Error('lost bytes: ' + bytes);
          next();
        });
      })();
    };
  }
};
