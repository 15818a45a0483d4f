// push() misuse: non-buffer chunks outside objectMode, push after EOF, unshift after 'end';
// the return value of push() through the buffer's life; _read not called while reading.
var stream = require('stream');

var r = new stream.Readable({ highWaterMark: 5 });
r._read = function (n) { console.log('_read', n); };
r.on('error', function (e) { console.log('error', e.name, e.message); });
console.log('push(42) ->', r.push(42));
console.log('push({}) ->', r.push({}));
console.log('push(true) ->', r.push(true));
console.log('push("ab") ->', r.push('ab'), r._readableState.length);
console.log('push("cde") ->', r.push('cde'), r._readableState.length);
console.log('push("f") ->', r.push('f'), r._readableState.length);
console.log('read(0)', r.read(0));
console.log('read(6)', String(r.read(6)), 'needReadable', r._readableState.needReadable);
console.log('push("g") ->', r.push('g'));
console.log('push(null) ->', r.push(null));
console.log('push("late") ->', r.push('late'));
console.log('push(null) again ->', r.push(null));
console.log('read', String(r.read()));
r.on('end', function () {
  console.log('end');
  console.log('unshift ->', r.unshift(new Buffer('u')));
  console.log('unshift("") ->', r.unshift(''));
  console.log('unshift(5) ->', r.unshift(5));
});
