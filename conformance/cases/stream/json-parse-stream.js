// The manual's JSONParseStream: a Transform whose readable side is in objectMode and whose
// writable side is not (flags set on the state objects in the constructor), parsing
// newline-delimited JSON split across arbitrary chunks, with _flush for the last line.
// A second run without the null line shows the whole output.
var stream = require('stream');
var util = require('util');
var StringDecoder = require('string_decoder').StringDecoder;

util.inherits(JSONParseStream, stream.Transform);
function JSONParseStream(options) {
  if (!(this instanceof JSONParseStream)) return new JSONParseStream(options);
  stream.Transform.call(this, options);
  this._writableState.objectMode = false;
  this._readableState.objectMode = true;
  this._buffer = '';
  this._decoder = new StringDecoder('utf8');
}
JSONParseStream.prototype._transform = function (chunk, encoding, cb) {
  this._buffer += this._decoder.write(chunk);
  var lines = this._buffer.split(/\r?\n/);
  this._buffer = lines.pop();
  for (var l = 0; l < lines.length; l++) {
    var line = lines[l];
    try {
      var obj = JSON.parse(line);
    } catch (er) {
      this.emit('error', er);
      return;
    }
    this.push(obj);
  }
  cb();
};
JSONParseStream.prototype._flush = function (cb) {
  var rem = this._buffer.trim();
  if (rem) {
    try {
      var obj = JSON.parse(rem);
    } catch (er) {
      this.emit('error', er);
      return;
    }
    this.push(obj);
  }
  cb();
};

var p = JSONParseStream();
var text = new Buffer('{"a":1}\n{"b":[1,2]}\r\n"\u00e9t\u00e9"\nnull\n0\nfalse\n{"last":true}');
var items = [];
// A "null" line is push(null): the end of the readable side (the manual's example has that
// flaw); later pushes are errors.
p.on('error', function (e) { console.log('p error', e.message); });
p.on('readable', function () {
  var o;
  while (null !== (o = p.read())) items.push(o);
});
p.on('end', function () {
  console.log('ended', util.inspect(items, { depth: 3 }));
  second();
});
for (var i = 0; i < text.length; i += 3) p.write(text.slice(i, i + 3));
p.end();

function second() {
  var q = new JSONParseStream();
  var got = [];
  q.on('data', function (o) { got.push(o); });
  q.on('end', function () { console.log('second', util.inspect(got, { depth: 3 })); third(); });
  var t2 = new Buffer(String(text).replace('null\n', ''));
  for (var i = 0; i < t2.length; i += 5) q.write(t2.slice(i, i + 5));
  q.end();
}

function third() {
  var bad = new JSONParseStream();
  bad.on('error', function (e) { console.log('error', e.name); });
  bad.end('{"ok":1}\n{nope}\n');
}
