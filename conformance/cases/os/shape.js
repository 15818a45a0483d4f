// require('os'): 0.10's members in order; what each returns, by type and form.
var os = require('os');
console.log(os);
console.log(os.endianness(), os.type(), os.platform(), os.arch(), JSON.stringify(os.EOL));
console.log(typeof os.hostname(), os.hostname().length > 0, typeof os.release(), /^\d+\.\d+/.test(os.release()));
console.log(typeof os.uptime(), os.uptime() > 0, os.loadavg().length, os.loadavg().every(function (x) { return typeof x === 'number' && x >= 0; }));
console.log(os.totalmem() > 0, os.freemem() > 0, os.freemem() <= os.totalmem());
var cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, Object.keys(cpus[0]), Object.keys(cpus[0].times), typeof cpus[0].model, cpus[0].speed > 0);
console.log(os.platform() === process.platform, os.arch() === process.arch, os.tmpDir === os.tmpdir);
