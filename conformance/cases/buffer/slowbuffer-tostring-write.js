// SlowBuffer.prototype.toString and write are 0.10's own (not Buffer's): they call the
// per-encoding method (hexSlice, utf8Write…) whose C++ checks apply: a start or offset past
// the end throws, no 'raw'; a crypto result is a SlowBuffer too.
var SlowBuffer = require('buffer').SlowBuffer;
function show(v) {
  if (Buffer.isBuffer(v)) return '<' + v.constructor.name + ' ' + Array.prototype.join.call(v, ',') + '>';
  return JSON.stringify(v);
}
function mk(n) { var b = new SlowBuffer(n); for (var i = 0; i < n; i++) b[i] = 97 + i; return b; }
var calls = [
  ['toString'], ['toString', 'hex'], ['toString', 'hex', 9], ['toString', 'utf8', 5], ['toString', 'utf8', 1, 9],
  ['toString', 'ascii', -1], ['toString', 'ascii', 1.5], ['toString', 'raw'], ['toString', 'bogus', 2, 2],
  ['toString', 'bogus'], ['toString', 'UCS-2', '1'], ['toString', 'binary', 3, 1], ['toString', 'base64', null, 2],
  ['write', 'ab', 9, 'hex'], ['write', 'abc', 'hex'], ['write', 'abc', 1], ['write', 'zz', 0, 1], ['write', '', 9],
  ['write', 'x', 'utf8', 2], ['write', 'abcdef', 2, 'ascii'], ['write', 'x', -1], ['write', 'x', 4],
  ['write', 'x', 'raw'], ['write', 'YWJj', 'base64', 1, 2], ['write', '\u00e9', 3, 'ucs2'], ['write', 'x', 0, 0]
];
calls.forEach(function (c) {
  var b = mk(4);
  try { var r = b[c[0]].apply(b, c.slice(1)); console.log(JSON.stringify(c), show(r), show(b), c[0] === 'write' ? SlowBuffer._charsWritten : ''); }
  catch (e) { console.log(JSON.stringify(c), e.name, e.message); }
});
var r = require('crypto').randomBytes(4);
try { r.toString('utf8', 5); console.log('no throw'); } catch (e) { console.log('randomBytes', r.constructor.name, e.name, e.message); }
