// runtime-only: the fs.js frames under fs.watch's error are placed by the runtime
// fs.watch on a missing path: FSWatcher#start threw what fs's errnoException made, called
// from fs.watch (the errnoException frame itself is left out here).
var fs = require('fs');
try { fs.watch(__dirname + '/watch-error-frames.missing'); } catch (e) {
  console.log(e.message, e.code, e.errno);
  console.log(e.stack.split('\n').slice(2, 4).join('\n'));
}
