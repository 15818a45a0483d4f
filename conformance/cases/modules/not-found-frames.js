// A module that cannot be found: the error's frames at 0.10's module.js places
// (Module._resolveFilename 338:15, Module._load 280:25, require.resolve 384:19).
function top(e, n) { return e.stack.split('\n').slice(0, n).join('\n'); }
try { require('./no-such-module'); } catch (e) { console.log(top(e, 5)); }
try { require.resolve('no-such-package'); } catch (e) { console.log(top(e, 3)); }
