// process.kill(pid, 0): the pid as 0.10 took it (IntegerValue): a non-number is 0 (the
// process group), 1.5 is 1; a pid that does not exist is ESRCH.
console.log(process.kill('x', 0), process.kill(process.pid + 0.5, 0), process.kill(String(process.pid), 0));
try { process.kill(999999, 0); } catch (e) { console.log(e.code, e.syscall); }
