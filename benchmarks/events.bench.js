// EventEmitter: emit with 0–3 arguments (one listener, and three listeners), and on/off churn.
// n10 is @n10/events running on the host node; ratios are n10 ÷ other (>1: n10 faster).
var path = require('path');

function constructorOf(mod) {
  return typeof mod === 'function' ? mod : mod.EventEmitter;
}

exports.contenders = {
  n10: { runtime: 'host', load: function () { return constructorOf(require(path.join(__dirname, '../packages/events'))); } },
  'node 20': { runtime: 'host', load: function () { return require('events').EventEmitter; } },
  // The trailing slash resolves the npm package rather than the host's built-in module.
  'events (npm)': { runtime: 'host', load: function () { return constructorOf(require('events/')); } },
  eventemitter3: { runtime: 'host', load: function () { return require('eventemitter3'); } },
  'node 0.10': { runtime: 'oracle', load: function () { return require('events').EventEmitter; } }
};

// Listeners do a little integer work (kept in int32 so no contender pays for a deopt).
var sink = 0;
function l0() { sink = (sink + 1) | 0; }
function l1(a) { sink = (sink + a) | 0; }
function l2(a, b) { sink = (sink + a + b) | 0; }
function l3(a, b, c) { sink = (sink + a + b + c) | 0; }
function l1b(a) { sink = (sink ^ a) | 0; }
function l1c(a) { sink = (sink - a) | 0; }

function emitCase(listener, listeners, argc) {
  return function (EE) {
    var e = new EE();
    for (var k = 0; k < listeners; k++) e.on('ev', listener);
    if (argc === 0) return function (n) { for (var i = 0; i < n; i++) e.emit('ev'); };
    if (argc === 1) return function (n) { for (var i = 0; i < n; i++) e.emit('ev', i); };
    if (argc === 2) return function (n) { for (var i = 0; i < n; i++) e.emit('ev', i, 1); };
    return function (n) { for (var i = 0; i < n; i++) e.emit('ev', i, 1, 2); };
  };
}

exports.cases = {
  'emit, 0 args': emitCase(l0, 1, 0),
  'emit, 1 arg': emitCase(l1, 1, 1),
  'emit, 2 args': emitCase(l2, 1, 2),
  'emit, 3 args': emitCase(l3, 1, 3),
  // The same function three times: V8 inlines it differently per contender.
  'emit 1 arg, 3 listeners (same fn)': emitCase(l1, 3, 1),
  'emit 1 arg, 3 listeners': function (EE) {
    var e = new EE();
    e.on('ev', l1);
    e.on('ev', l1b);
    e.on('ev', l1c);
    return function (n) { for (var i = 0; i < n; i++) e.emit('ev', i); };
  },
  'emit, no listener': function (EE) {
    var e = new EE();
    return function (n) { for (var i = 0; i < n; i++) e.emit('none', i); };
  },
  'on/off churn': function (EE) {
    var e = new EE();
    e.on('other', l0);
    return function (n) {
      for (var i = 0; i < n; i++) {
        e.on('ev', l1);
        e.removeListener('ev', l1);
      }
    };
  },
  'on/off churn, 2 listeners': function (EE) {
    var e = new EE();
    e.on('ev', l0);
    return function (n) {
      for (var i = 0; i < n; i++) {
        e.on('ev', l1);
        e.removeListener('ev', l1);
      }
    };
  },
  'once + emit': function (EE) {
    var e = new EE();
    return function (n) {
      for (var i = 0; i < n; i++) {
        e.once('ev', l1);
        e.emit('ev', i);
      }
    };
  },
  'new emitter': function (EE) {
    var keep;
    return function (n) { for (var i = 0; i < n; i++) keep = new EE(); return keep; };
  }
};
