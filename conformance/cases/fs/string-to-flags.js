// fs._stringToFlags: 0.10's flag reader, a non-enumerable read-only own property; 'rs'/'rs+'
// use 0.10's O_SYNC (4096, the kernel's O_DSYNC bit), as the open's flags show on Linux.
var fs = require('fs');
var d = Object.getOwnPropertyDescriptor(fs, '_stringToFlags');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable, d.value.name, d.value.length);
console.log(Object.getOwnPropertyNames(fs).indexOf('_stringToFlags'), Object.keys(fs).indexOf('_stringToFlags'));
console.log(['r', 'rs', 'r+', 'rs+', 'w', 'wx', 'xw', 'w+', 'wx+', 'a', 'ax', 'a+', 'ax+', 'xa+'].map(function (f) { return f + '=' + fs._stringToFlags(f); }).join(' '));
console.log(fs._stringToFlags(7), fs._stringToFlags(null), fs._stringToFlags(undefined), require('constants').O_SYNC);
try { fs._stringToFlags('R'); } catch (e) { console.log(e.message); }
fs._stringToFlags = null;
console.log(typeof fs._stringToFlags);
var file = __dirname + '/string-to-flags.tmp';
fs.writeFileSync(file, 'x');
var fd = fs.openSync(file, 'rs+');
var info = fs.readFileSync('/proc/self/fdinfo/' + fd, 'utf8').match(/flags:\s*(\d+)/);
var flags = parseInt(info[1], 8);
console.log('rs+ dsync bit', (flags & 4096) !== 0, 'full sync bit', (flags & 1048576) !== 0);
fs.closeSync(fd);
fs.unlinkSync(file);
