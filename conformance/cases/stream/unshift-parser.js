// The manual's parseHeader: a consumer reads past a "\n\n" header boundary and unshift()s
// the rest; then the body is read by someone else. Also unshift() on an ended stream and
// after 'end'.
var stream = require('stream');
var StringDecoder = require('string_decoder').StringDecoder;

function parseHeader(stream, callback) {
  stream.on('error', callback);
  stream.on('readable', onReadable);
  var decoder = new StringDecoder('utf8');
  var header = '';
  function onReadable() {
    var chunk;
    while (null !== (chunk = stream.read())) {
      console.log('header read', JSON.stringify(String(chunk)));
      var str = decoder.write(chunk);
      if (str.match(/\n\n/)) {
        var split = str.split(/\n\n/);
        header += split.shift();
        var remaining = split.join('\n\n');
        var buf = new Buffer(remaining, 'utf8');
        // Unhooked before unshift(): unshift announces 'readable' synchronously, which
        // would re-enter this handler (the manual's version has that bug).
        stream.removeListener('error', callback);
        stream.removeListener('readable', onReadable);
        if (buf.length) {
          var ok = stream.unshift(buf);
          console.log('unshift', buf.length, '->', ok, 'length', stream._readableState.length);
        }
        callback(null, header, stream);
        return;
      } else {
        header += str;
      }
    }
  }
}

var parts = ['{"a":1,', '"b":"\u00e9"}\n\nbody one ', 'body two', null];
var src = new stream.Readable();
src._read = function () {
  var self = this;
  setTimeout(function () {
    var p = parts.shift();
    self.push(p === null ? null : new Buffer(p));
  }, 1);
};

parseHeader(src, function (er, header, s) {
  console.log('header', er, JSON.parse(header));
  var body = [];
  s.on('data', function (c) { body.push(String(c)); console.log('body data', JSON.stringify(String(c))); });
  s.on('end', function () {
    console.log('body', JSON.stringify(body.join('')));
    s.on('error', function (e) { console.log('error', e.message); });
    console.log('unshift after end ->', s.unshift(new Buffer('late')));
    var r2 = new stream.Readable();
    r2._read = function () {};
    r2.push(null);
    console.log('unshift after push(null), before end ->', r2.unshift(new Buffer('ok')), r2._readableState.length);
    console.log('read', String(r2.read()));
    r2.on('end', function () { console.log('r2 end'); });
  });
});
