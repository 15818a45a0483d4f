// The process object's members: kinds, 0.10's facts.
var names = ['title', 'version', 'versions', 'arch', 'platform', 'argv', 'execArgv', 'env', 'pid', 'features',
  'execPath', 'debugPort', 'reallyExit', 'abort', 'chdir', 'cwd', 'umask', 'getuid', 'setuid', 'setgid', 'getgid',
  'getgroups', 'setgroups', 'initgroups', '_kill', 'hrtime', 'dlopen', 'uptime', 'memoryUsage', 'binding',
  'EventEmitter', '_exiting', 'config', 'nextTick', '_tickCallback', 'maxTickDepth', 'stdout', 'stderr', 'stdin',
  'openStdin', 'exit', 'kill', 'addListener', 'on', 'removeListener', 'geteuid', 'getegid', 'exitCode'];
console.log(names.map(function (n) { return n + ':' + typeof process[n]; }).join(' '));
console.log(process.version, Object.keys(process.versions).slice(0, 8), process.versions.node, process.versions.v8);
console.log(process.features, Object.keys(process.config), Object.keys(process.config.variables).length);
console.log(process.arch, process.platform, process.execArgv, process.argv.length, typeof process.argv[0]);
console.log(process instanceof require('events').EventEmitter, Object.prototype.toString.call(process), process.constructor.name);
console.log(Object.keys(process.memoryUsage()), typeof process.uptime(), process.uptime() >= 0 && process.uptime() < 60);
console.log(process.exit.length, process.kill.length, process.nextTick.length);
console.log(process.getgroups().indexOf(process.getgid()) >= 0, process.getuid() >= 0, process.pid > 0);
