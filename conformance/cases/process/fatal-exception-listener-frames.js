// An 'uncaughtException' listener's stack: 0.10's process._fatalException frame (node.js:272:26).
process.on('uncaughtException', function (e) { console.log(new Error('in handler').stack); });
setTimeout(function () { throw new Error('x'); }, 1);
