// write(): return value against highWaterMark, callbacks and 'drain' order for sync and
// async _write, decodeStrings, defaultEncoding, the encoding given to _write, Buffer chunks,
// invalid chunks, and the writable state along the way.
var stream = require('stream');

function state(w) {
  var s = w._writableState;
  return 'length=' + s.length + ' writing=' + s.writing + ' needDrain=' + s.needDrain + ' buffered=' + s.buffer.length;
}

var sync = new stream.Writable({ highWaterMark: 3 });
sync._write = function (c, e, cb) { console.log('sync _write', String(c), e, state(sync)); cb(); };
sync.on('drain', function () { console.log('sync drain', state(sync)); });
console.log('sync write ab ->', sync.write('ab', function () { console.log('cb ab'); }), state(sync));
console.log('sync write cd ->', sync.write('cd', function () { console.log('cb cd'); }), state(sync));
console.log('sync write e ->', sync.write('e', function () { console.log('cb e'); }), state(sync));

var async = new stream.Writable({ highWaterMark: 3 });
async._write = function (c, e, cb) {
  console.log('async _write', String(c), e, state(async));
  setImmediate(function () {
    console.log('async done', String(c));
    cb();
    if (String(c) === 'ef') setImmediate(part2);
  });
};
async.on('drain', function () { console.log('async drain', state(async)); });
['a', 'bc', 'd', 'ef'].forEach(function (x) {
  console.log('async write', x, '->', async.write(x, function () { console.log('cb', x); }), state(async));
});

function part2() {
  var raw = new stream.Writable({ decodeStrings: false, defaultEncoding: 'hex' });
  raw._write = function (c, e, cb) { console.log('raw _write', typeof c, JSON.stringify(String(c)), e); cb(); };
  raw.write('6869');
  raw.write('hi', 'utf8');
  raw.write(new Buffer('buf'), 'hex');
  raw.write('aGk=', 'base64', function () { console.log('raw cb'); });

  var dec = new stream.Writable({ defaultEncoding: 'base64' });
  dec._write = function (c, e, cb) { console.log('dec _write', typeof c, JSON.stringify(String(c)), e); cb(); };
  dec.write('aGk=');
  dec.write('6869', 'hex');
  dec.write('hi', function () { console.log('dec cb'); });

  var bad = new stream.Writable();
  bad._write = function (c, e, cb) { cb(); };
  bad.on('error', function (e) { console.log('bad error', e.name, e.message); });
  console.log('write 42 ->', bad.write(42, function (e) { console.log('bad cb', e.message); }));
  console.log('write {} ->', bad.write({}));
  try {
    bad.write(null);
  } catch (e) {
    console.log('write null throws', e.name);
  }

  var noimpl = new stream.Writable();
  noimpl.on('error', function (e) { console.log('noimpl error', e.message); });
  noimpl.write('x', function (e) { console.log('noimpl cb', e.message); });
  console.log('after noimpl write');
}
