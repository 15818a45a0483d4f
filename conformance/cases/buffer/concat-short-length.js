// runtime-only: the frames are placed by the runtime (Buffer.copy called by Buffer.concat).
// Buffer.concat(list, length) with a length shorter than the list throws from buf.copy once
// a buffer would start past the end; the stack shows Buffer.copy and Buffer.concat.
var a = new Buffer('hello');
function frames(e) { return e.stack.split('\n').slice(0, 3).join('\n'); }
try { Buffer.concat([a, a], 5); } catch (e) { console.log(frames(e)); }
try { Buffer.concat([a, new Buffer(0), a], 4); } catch (e) { console.log(frames(e)); }
console.log(Buffer.concat([a, new Buffer(0)], 5), Buffer.concat([a, a], 7), Buffer.concat([new Buffer(0), a], 0));
Buffer.concat([a, a], 3);
