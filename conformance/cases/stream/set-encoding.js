// setEncoding: multi-byte characters split across chunks come out whole; hex and base64;
// the encoding option; push(string, encoding) with and without the reading encoding;
// what is left in the decoder at the end.
var stream = require('stream');

function run(enc, chunks, next) {
  var r = new stream.Readable({ highWaterMark: 4 });
  r._read = function () {};
  if (enc) r.setEncoding(enc);
  var out = [];
  r.on('data', function (d) { out.push(typeof d + ':' + JSON.stringify(d)); });
  r.on('end', function () {
    console.log(enc, out.join(' '));
    next && next();
  });
  chunks.forEach(function (c) { r.push(c); });
  r.push(null);
}

var euro = new Buffer('\u20ac\u00e9x');
run('utf8', [euro.slice(0, 1), euro.slice(1, 4), euro.slice(4)], function () {
  run('hex', [new Buffer([1, 2, 255]), new Buffer('hi')], function () {
    run('base64', [new Buffer('ab'), new Buffer('cde'), new Buffer('f')], function () {
      run('utf8', [euro.slice(0, 2)], function () {
        run('ucs2', [new Buffer([0x61, 0]), new Buffer([0x62])], function () {
          run('utf8', ['plain string', new Buffer(' and buffer')], function () {
            more();
          });
        });
      });
    });
  });
});

function more() {
  var r = new stream.Readable({ encoding: 'hex' });
  r._read = function () {};
  console.log('encoding option:', r._readableState.encoding, typeof r._readableState.decoder);
  r.push('hi');
  r.push('6869', 'hex');
  r.push('hi', 'utf8');
  console.log('read', JSON.stringify(r.read()));
  var r2 = new stream.Readable();
  r2._read = function () {};
  r2.setEncoding('utf8');
  r2.push('\u00e9');
  r2.push('caf\u00e9', 'binary');
  console.log('read', JSON.stringify(r2.read()));
  r2.push(euro.slice(0, 1));
  console.log('read(1) pending partial', JSON.stringify(r2.read(1)), r2._readableState.length);
  r2.push(euro.slice(1));
  console.log('read(2)', JSON.stringify(r2.read(2)), 'read()', JSON.stringify(r2.read()));
  var r3 = new stream.Readable();
  r3._read = function () {};
  r3.push(new Buffer('ab'));
  r3.setEncoding('utf8');
  r3.push(new Buffer('cd'));
  console.log('encoding set mid-stream:', r3._readableState.buffer.map(function (b) { return typeof b; }));
}
