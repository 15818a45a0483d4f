// process.kill(pid, [signal]): names only ('SIG…'), 0 to probe; errors as 0.10's.
function t(f) {
  try { console.log(f()); } catch (e) { console.log(String(e), JSON.stringify(e)); }
}
t(function () { return process.kill(process.pid, 0); });
t(function () { return process.kill(process.pid, 'SIGCONT'); });
t(function () { return process.kill(process.pid, 'SIGFOO'); });
t(function () { return process.kill(process.pid, 9); });
t(function () { return process.kill(process.pid, 'INT'); });
t(function () { return process.kill(99999999, 0); });
t(function () { return process.kill(99999999, 'SIGTERM'); });
