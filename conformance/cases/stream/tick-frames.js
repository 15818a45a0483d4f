// runtime-only: the frames of a stack are named and placed by the n10 runtime (as 0.10 printed them).
// A 'readable' handler throwing on the next tick, and a _read throwing from the read-more
// tick: the stack shows emitReadable_ / maybeReadMore_ under 0.10's anonymous tick closure.
var stream = require('stream');
var r = new stream.Readable();
r._read = function () { this.push('x'); };
r.on('readable', function () {
  r.removeAllListeners('readable');
  try { throw new Error('in readable'); } catch (e) { console.log(JSON.stringify(e.stack.split('\n').slice(1, 6))); }
  var r2 = new stream.Readable();
  var n = 0;
  r2._read = function () {
    if (n++ === 2) {
      try { throw new Error('in read'); } catch (e) { console.log(JSON.stringify(e.stack.split('\n').slice(1, 6))); }
      return;
    }
    this.push('y');
  };
  r2.on('readable', function () { r2.read(); });
});
