// exec's options.timeout: 0.10's execFile called the global setTimeout/clearTimeout as they
// were at the time (a program's replacement, sinon's fake timers, sees the call).
var realSetTimeout = setTimeout;
var realClearTimeout = clearTimeout;
global.setTimeout = function (fn, ms) {
  console.log('global setTimeout called with', ms);
  return realSetTimeout(fn, ms);
};
global.clearTimeout = function (id) {
  console.log('global clearTimeout called');
  return realClearTimeout(id);
};
var cp = require('child_process');
cp.exec('sleep 2', { timeout: 50 }, function (e) {
  console.log('killed by timeout', e.killed, e.signal);
  cp.exec('true', { timeout: 5000 }, function (e) {
    console.log('finished before timeout', e);
    global.setTimeout = realSetTimeout;
    global.clearTimeout = realClearTimeout;
  });
});
