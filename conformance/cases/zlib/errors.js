// 'error' events and option errors: messages, errno, code.
var zlib = require('zlib');
var hello = new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex');
var cases = [
  ['Inflate', new Buffer('not zlib data at all')],
  ['Gunzip', new Buffer('not gzip data at all')],
  ['Unzip', new Buffer('cb48cdc9c90700', 'hex')],
  ['InflateRaw', new Buffer('ffffffff', 'hex')],
  ['Inflate', new Buffer('789ccb48cdc9c90700062c0216', 'hex')],
  ['Gunzip', Buffer.concat([hello.slice(0, 17), new Buffer('000000000500000000', 'hex').slice(0, 8)])],
  ['Gunzip', Buffer.concat([hello.slice(0, hello.length - 4), new Buffer('06000000', 'hex')])],
  ['Gunzip', new Buffer('1f8b0700000000000003cb48', 'hex')],
  ['Inflate', new Buffer('78bb622008b3cb4012cdc0aa42a124b5a204002a4d0f14', 'hex')]
];
var i = 0;
(function next() {
  var c = cases[i++];
  if (!c) return options();
  var z = new zlib[c[0]]();
  var log = [];
  z.on('data', function (d) { log.push('data ' + d.toString('hex')); });
  z.on('end', function () { log.push('end'); });
  z.on('error', function (e) {
    console.log(c[0], log.join(' '), '| error:', e.message, e.errno, e.code, Object.keys(e), e instanceof Error);
    console.log('  handle', z._binding, 'hadError', z._hadError);
    try { z.reset(); } catch (er) { console.log('  reset throws', er.name); }
    next();
  });
  z.end(c[1]);
})();
function options() {
  [{ flush: 6 }, { chunkSize: 10 }, { windowBits: 16 }, { level: 11 }, { memLevel: 0.5 }, { strategy: 7 }, { dictionary: 'abc' }, { level: '3' }, { windowBits: 0 }].forEach(function (o) {
    try { new zlib.Deflate(o); console.log(JSON.stringify(o), 'ok'); } catch (e) { console.log(JSON.stringify(o), e.name, e.message); }
  });
}
