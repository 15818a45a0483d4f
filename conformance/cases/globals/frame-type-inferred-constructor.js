// A method's frame under a builtin (forEach) whose receiver's constructor is an anonymous
// function assigned in a chain: V8 3.14 read the constructor's own name (''), so the frame is
// the method's inferred name alone.
var internals = {};
exports = module.exports = internals.Pack = function () {};
internals.Pack.prototype._require = function () { [1].forEach(function () { throw new Error('x'); }); };
try { new internals.Pack()._require(); } catch (e) { console.log(e.stack.split('\n').slice(0, 4).join('\n').replace(/\(\/.*\//g, '(')); }
