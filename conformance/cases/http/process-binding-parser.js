// process.binding('http_parser').HTTPParser, as websocket clients of 2013 used it
// (faye-websocket 0.4 parses its handshake's response with one of its own): the constructor
// of http.parsers' parsers, its constants, execute() stopping after an upgrade's head, and
// http.parsers.list left as it was.
var http = require('http');
var before = http.parsers.list.length;
var b = process.binding('http_parser');
console.log(Object.keys(b), b === process.binding('http_parser'), http.parsers.list.length === before);
var HTTPParser = b.HTTPParser;
console.log(HTTPParser.name, HTTPParser.REQUEST, HTTPParser.RESPONSE, Object.keys(HTTPParser));
console.log(Object.getOwnPropertyNames(HTTPParser.prototype).sort());
console.log(HTTPParser === http.parsers.alloc().constructor);

var parser = new HTTPParser(HTTPParser.RESPONSE);
console.log(Object.keys(parser));
var headers = {};
parser.onHeadersComplete = function (info) {
  console.log('headers complete', JSON.stringify(info));
  for (var i = 0; i < info.headers.length; i += 2) headers[info.headers[i]] = info.headers[i + 1];
};
parser.onMessageComplete = function () { console.log('message complete'); };
var data = new Buffer('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
  'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n\u0081\u0002hi', 'binary');
var consumed = parser.execute(data, 0, data.length);
console.log(consumed, data.length, JSON.stringify(data.slice(consumed).toString('binary')), headers.Upgrade);

var req = new HTTPParser(HTTPParser.REQUEST);
req.onHeadersComplete = function (info) { console.log('request', info.method, info.url, info.shouldKeepAlive); };
req.onBody = function (buf, start, len) { console.log('body', buf.toString('utf8', start, start + len)); };
req.onMessageComplete = function () { console.log('request complete'); };
var r = new Buffer('POST /p?q=1 HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc');
console.log(req.execute(r, 0, r.length));
var bad = req.execute(new Buffer('\u0001 nonsense'), 0, 10);
console.log(bad instanceof Error, bad.message, bad.code, bad.bytesParsed);
req.reinitialize(HTTPParser.RESPONSE);
var s = new Buffer('HTTP/1.0 200 OK\r\n\r\nrest');
req.onHeadersComplete = function (info) { console.log('response', info.statusCode, info.versionMinor); };
console.log(req.execute(s, 0, s.length), req.finish());
