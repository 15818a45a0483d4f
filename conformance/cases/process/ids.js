// uid/gid functions: argument errors as 0.10 (no privileges are changed).
function t(f) { try { console.log(f()); } catch (e) { console.log(String(e)); } }
t(function () { return typeof process.getuid() + ' ' + typeof process.getgid(); });
t(function () { return process.setuid({}); });
t(function () { return process.setgid({}); });
t(function () { return process.setuid('no-such-user-n10'); });
t(function () { return process.setgid('no-such-group-n10'); });
t(function () { return process.setgroups(1); });
t(function () { return process.setgroups(['no-such-group-n10']); });
t(function () { return process.initgroups({}, 0); });
t(function () { return process.initgroups(0, {}); });
t(function () { return process.initgroups(0, 'no-such-group-n10'); });
t(function () { return Array.isArray(process.getgroups()); });
