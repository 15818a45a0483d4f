// runtime-only: the frames of a stack are named and placed by the n10 runtime (as 0.10 printed them).
// Buffer.isEncoding(encoding) with a value whose toLowerCase is missing, not a function, or
// throws: 0.10's frame is Function.Buffer.isEncoding (buffer.js:246:32), the call.
function show(f) {
  try { f(); } catch (e) {
    console.log(e.stack.split('\n').filter(function (l) { return !/\//.test(l); }).join('\n'));
  }
}
show(function () { Buffer.isEncoding(1); });
show(function () { Buffer.isEncoding(true); });
show(function () { Buffer.isEncoding({ toLowerCase: 5 }); });
show(function () { Buffer.isEncoding({ toLowerCase: function () { throw new Error('low'); } }); });
console.log(Buffer.isEncoding(0), Buffer.isEncoding(''), Buffer.isEncoding('UTF8'));
