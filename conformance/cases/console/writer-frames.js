// runtime-only: library frames at 0.10's lines are the runtime's (library-frames.ts, positions010.ts).
// An inspect() that throws under console.log/info/error/dir: the console.js frames at 0.10's lines.
function show(f) { try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 6).join('|')); } }
show(function () { console.log({ inspect: function () { throw new Error('i'); } }); });
show(function () { console.error({ inspect: function () { throw new Error('e'); } }); });
show(function () { console.dir({ inspect: function () { throw new Error('d'); } }); });
show(function () { console.info({ inspect: function () { throw new Error('f'); } }); });
