// readline: lines per second through a non-terminal interface (0.10's line splitting on \n,
// \r\n and \r, 'line' events). One op is one line of 40 characters; the input emits chunks
// of 100 lines (64 KiB chunks in the 'large chunks' case), synchronously, as a socket would
// hand them over. Also: the same through a real PassThrough (readable-stream plumbing
// included), and the keypress decoder of a terminal interface (one op is one key).
// n10 is @n10/readline on the host node; ratios are n10 ÷ other (>1: n10 faster).
var path = require('path');

exports.contenders = {
  n10: {
    runtime: 'host',
    load: function () {
      return {
        readline: require(path.join(__dirname, '../packages/readline')),
        EventEmitter: require(path.join(__dirname, '../packages/events')).EventEmitter,
        stream: require(path.join(__dirname, '../packages/stream'))
      };
    }
  },
  'n10 runtime': {
    runtime: 'n10',
    load: function () { return { readline: require('readline'), EventEmitter: require('events').EventEmitter, stream: require('stream') }; }
  },
  'node 20': {
    runtime: 'host',
    load: function () { return { readline: require('readline'), EventEmitter: require('events').EventEmitter, stream: require('stream') }; }
  },
  'node 0.10': {
    runtime: 'oracle',
    load: function () { return { readline: require('readline'), EventEmitter: require('events').EventEmitter, stream: require('stream') }; }
  }
};

function text(lines, crlfEvery) {
  var s = '';
  for (var i = 0; i < lines; i++) {
    var line = 'line ' + (1000000 + i) + ' of the benchmark input, ok';
    s += line + (crlfEvery && i % crlfEvery === 0 ? '\r\n' : '\n');
  }
  return s;
}

function fakeInput(EventEmitter) {
  var input = new EventEmitter();
  input.pause = function () { return this; };
  input.resume = function () { return this; };
  return input;
}

function linesCase(linesPerChunk, crlfEvery) {
  return function (impl) {
    var input = fakeInput(impl.EventEmitter);
    var rl = impl.readline.createInterface({ input: input, output: null, terminal: false });
    var count = 0;
    rl.on('line', function () { count++; });
    var chunk = text(linesPerChunk, crlfEvery);
    var one = text(1, 0);
    return function (n) {
      count = 0;
      var i = 0;
      for (; i + linesPerChunk <= n; i += linesPerChunk) input.emit('data', chunk);
      for (; i < n; i++) input.emit('data', one);
      if (count !== n) throw new Error('lines: ' + count + ' of ' + n);
    };
  };
}

exports.cases = {
  'lines, 100-line chunks': linesCase(100, 0),
  'lines, 100-line chunks, some \\r\\n': linesCase(100, 3),
  'lines, large chunks': linesCase(1600, 0),
  'lines through a PassThrough': function (impl) {
    var pt = new impl.stream.PassThrough();
    var rl = impl.readline.createInterface({ input: pt, output: null, terminal: false });
    var count = 0;
    var want = 0;
    var done = null;
    rl.on('line', function () {
      if (++count === want && done) {
        var d = done;
        done = null;
        d();
      }
    });
    var chunk = text(100, 0);
    return function (n, cb) {
      count = 0;
      want = Math.ceil(n / 100) * 100;
      done = cb;
      for (var i = 0; i < want; i += 100) pt.write(chunk);
    };
  },
  'keypress decoding (terminal), one op one key': function (impl) {
    var input = fakeInput(impl.EventEmitter);
    var keys = 0;
    impl.readline.emitKeypressEvents(input);
    input.on('keypress', function () { keys++; });
    // each chunk one key, as typed: letters, space, an arrow, backspace, return, ctrl-a
    var typed = ['a', 'b', 'c', ' ', 'D', '\x1b[D', '\x7f', '\r', '\x1b[A', '\x01'];
    return function (n) {
      keys = 0;
      for (var i = 0; i < n; i++) input.emit('data', typed[i % 10]);
      if (keys !== n) throw new Error('keys: ' + keys + ' of ' + n);
    };
  }
};
