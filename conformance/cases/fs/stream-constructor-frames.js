// runtime-only: the fs.js frames under a ReadStream/WriteStream constructor's throw are placed by the runtime
var fs = require('fs');
function frames(f) {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n')); }
}
frames(function () { fs.createReadStream('x', { start: 5, end: 2 }); });
frames(function () { fs.ReadStream('x', { start: 5, end: 2 }); });
frames(function () { new fs.ReadStream('x', { start: 'a' }); });
frames(function () { fs.createWriteStream('x', { start: -1 }); });
frames(function () { fs.WriteStream('x', { start: -1 }); });
