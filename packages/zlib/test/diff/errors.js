// 'error' events: zlib's messages, errno and code, what comes before and after, and the
// input kinds that fail (garbage, truncation, bad checks, trailing data, concatenation).
var zlib = require('zlib');
var hello = new Buffer('1f8b0800000000000003cb48cdc9c9070086a6103605000000', 'hex');
var world = new Buffer('1f8b08000000000000032bcf2fca490100c2a99ee805000000', 'hex');
var zhello = new Buffer('789ccb48cdc9c90700062c0215', 'hex');
var rhello = new Buffer('cb48cdc9c90700', 'hex');
var cases = [
  ['Inflate', 'garbage', new Buffer('hello world garbage')],
  ['Gunzip', 'garbage', new Buffer('hello world garbage')],
  ['Unzip', 'garbage', new Buffer('hello world garbage')],
  ['InflateRaw', 'garbage', new Buffer('ffffffff2068656c6c6f', 'hex')],
  ['InflateRaw', 'bad distance', new Buffer('4b4c4a06a2e4' + '0000', 'hex')],
  ['Gunzip', 'ok', hello],
  ['Gunzip', 'two members', Buffer.concat([hello, world])],
  ['Gunzip', 'trailing garbage', Buffer.concat([hello, new Buffer('garbage')])],
  ['Gunzip', 'trailing zeros', Buffer.concat([hello, new Buffer([0, 0, 0, 0])])],
  ['Gunzip', 'truncated trailer', hello.slice(0, hello.length - 4)],
  ['Gunzip', 'truncated data', hello.slice(0, 12)],
  ['Gunzip', 'header only', hello.slice(0, 10)],
  ['Gunzip', 'empty', new Buffer(0)],
  ['Inflate', 'empty', new Buffer(0)],
  ['Inflate', 'ok', zhello],
  ['Inflate', 'two streams', Buffer.concat([zhello, zhello])],
  ['Inflate', 'gzip data', hello],
  ['Inflate', 'bad block type', new Buffer('789c07', 'hex')],
  ['Inflate', 'bad adler', new Buffer('789ccb48cdc9c90700062c0216', 'hex')],
  ['Inflate', 'bad method', new Buffer('7a9ccb48', 'hex')],
  ['Inflate', 'bad window', new Buffer('f89ccb48', 'hex')],
  ['Gunzip', 'bad crc', Buffer.concat([hello.slice(0, hello.length - 8), new Buffer('0000000005000000', 'hex')])],
  ['Gunzip', 'bad length', Buffer.concat([hello.slice(0, hello.length - 4), new Buffer('06000000', 'hex')])],
  ['Gunzip', 'bad method', new Buffer('1f8b0700000000000003cb48', 'hex')],
  ['Gunzip', 'bad flags', new Buffer('1f8b08e0000000000003cb48', 'hex')],
  ['Gunzip', 'zlib data', zhello],
  ['Unzip', 'gzip', hello],
  ['Unzip', 'zlib', zhello],
  ['Unzip', 'raw', rhello],
  ['Unzip', 'two members', Buffer.concat([hello, world])],
  ['InflateRaw', 'ok', rhello],
  ['InflateRaw', 'trailing', Buffer.concat([rhello, new Buffer('abc')])],
  ['Inflate', 'stored then garbage', new Buffer('7801010500faff68656c6c6f062c0215ff', 'hex')]
];
var tasks = [];
cases.forEach(function (c) {
  [null, 1, 3].forEach(function (split) {
    tasks.push(function (next) {
      var z = new zlib[c[0]]();
      var log = [];
      ['data', 'end', 'finish', 'close', 'error'].forEach(function (ev) {
        z.on(ev, function (x) { log.push(ev + (ev === 'data' ? '<' + hexOf(x) + '>' : ev === 'error' ? ':' + show(x) + ':' + Object.keys(x).join('/') : '')); });
      });
      // Reported once the stream closed or failed, and the ticks after that ran.
      var reported = false;
      function report() {
        if (reported) return;
        reported = true;
        setTimeout(function () {
          out(c[0] + ' ' + c[1] + ' split=' + split + ': ' + log.join(' '));
          out('  after: binding=' + (z._binding === null ? 'null' : 'handle') + ' hadError=' + z._hadError + ' closed=' + z._closed);
          next();
        }, 5);
      }
      z.on('close', report);
      z.on('error', report);
      if (split === null) z.end(c[2]);
      else { for (var i = 0; i < c[2].length; i += split) z.write(c[2].slice(i, i + split)); z.end(); }
    });
  });
});
tasks.push(function (next) {
  var z = zlib.createInflate();
  z.on('error', function (e) {
    out('error is Error ' + (e instanceof Error) + ' ' + e.name + ' stack? ' + (typeof e.stack));
    t('reset after error', function () { return z.reset(); });
    t('close after error', function () { return z.close(); });
    t('write after error', function () { return z.write(new Buffer('more'), function (er) { out('write cb ' + er); }); });
    t('end after error', function () { return z.end(); });
    t('flush after error', function () { return z.flush(function () { out('flush cb'); }); });
    setTimeout(next, 30);
  });
  z.write(new Buffer('garbage'));
});
series(tasks, finish);
