// runtime-only: the util.js frames are placed by the runtime.
// util.format('%j', value) when JSON.stringify throws: 0.10 called it from a String#replace
// callback, so the error's stack shows Object.stringify (native), util.js:41:30,
// String.replace (native) and the format call.
var util = require('util');
var c = { name: 'c' }; c.self = c;
function frames(e, n) { return e.stack.split('\n').slice(0, n).join('\n'); }
try { util.format('%j', c); } catch (e) { console.log(frames(e, 5)); }
try { util.format('a %j b %j', 1, c); } catch (e) { console.log(frames(e, 5)); }
var t = { toJSON: function () { throw new Error('tojson'); } };
try { util.format('%j', t); } catch (e) { console.log(frames(e, 5)); }
console.log(util.format('%j %j', { a: [1] }, 'x'));
util.format('%j', c);
