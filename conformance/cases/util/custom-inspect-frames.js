// runtime-only: the frames of a stack are named and placed by the n10 runtime (as 0.10 printed them).
// An object's own inspect() throwing under util.inspect, util.format and console.log: the
// stack shows formatValue, inspect and format (Console.exports.format under console.log).
var util = require('util');
var bad = { inspect: function () { throw new Error('custom inspect'); } };
function frames(label, fn) {
  try { fn(); } catch (e) { console.log(label, JSON.stringify(e.stack.split('\n').slice(1, 5))); }
}
frames('inspect', function () { util.inspect(bad); });
frames('format first', function () { util.format(bad); });
frames('format rest', function () { util.format('%s', 'x', bad); });
frames('console.log', function () { console.log(bad); });
frames('console.error rest', function () { console.error('a', bad); });
