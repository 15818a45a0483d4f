// require('fs') as 0.10.19 has it on Linux: its keys in order (no lchmod/lchown, no
// FSWatcher), function arities, names as inspect shows them, the constructors callable
// without new, the legacy FileReadStream/FileWriteStream names, path.exists forwarding.
var fs = require('fs');
var util = require('util');
console.log(Object.keys(fs).join(' '));
console.log(Object.keys(fs).filter(function (k) { return typeof fs[k] === 'function'; }).map(function (k) { return k + '/' + fs[k].length; }).join(' '));
console.log(util.inspect(fs).split('\n').filter(function (l) { return /Function:/.test(l); }).join('\n'));
console.log('typeof lchmod, lchown, FSWatcher', typeof fs.lchmod, typeof fs.lchown, typeof fs.FSWatcher);
console.log('Stats', typeof fs.Stats, fs.Stats.length, util.inspect(new fs.Stats()));
console.log('ReadStream proto', Object.keys(fs.ReadStream.prototype), Object.getPrototypeOf(fs.ReadStream.prototype) === require('stream').Readable.prototype);
console.log('WriteStream proto', Object.keys(fs.WriteStream.prototype), fs.WriteStream.prototype.destroySoon === fs.WriteStream.prototype.end);
console.log('super_', fs.ReadStream.super_ === require('stream').Readable, fs.WriteStream.super_ === require('stream').Writable);
var w = fs.watch('.');
console.log('FSWatcher proto', Object.keys(Object.getPrototypeOf(w)), w.constructor.name);
w.close();
console.log('path.existsSync forwards', require('path').existsSync('.'), require('path').existsSync('./definitely-not-here'));

// subclassing the 0.10 way
function MyRead(p) { fs.ReadStream.call(this, p, { start: 0, end: 1 }); }
util.inherits(MyRead, fs.ReadStream);
var r = new MyRead(__filename);
r.on('data', function (c) { console.log('subclass read', JSON.stringify(c.toString())); });
