// The module's face: members in order, their kinds, the classes' prototypes and
// inheritance, the defaults (STATUS_CODES, Agent.defaultMaxSockets, globalAgent, parsers).
var http = require('http');
var util = require('util');
var stream = require('stream');
var net = require('net');
var EventEmitter = require('events').EventEmitter;

console.log(Object.keys(http));
Object.keys(http).forEach(function (k) {
  var v = http[k];
  console.log(k, typeof v, typeof v === 'function' ? JSON.stringify(v.name) : '');
});
console.log(util.inspect(http.STATUS_CODES));
console.log(http.METHODS, http.HTTPParser);
console.log(Object.getOwnPropertyNames(http.OutgoingMessage.prototype));
console.log(Object.getOwnPropertyNames(http.ServerResponse.prototype));
console.log(Object.getOwnPropertyNames(http.IncomingMessage.prototype));
console.log(Object.getOwnPropertyNames(http.ClientRequest.prototype));
console.log(Object.getOwnPropertyNames(http.Agent.prototype));
console.log(Object.getOwnPropertyNames(http.Server.prototype));
console.log(http.OutgoingMessage.super_ === stream, http.IncomingMessage.super_ === stream.Readable,
  http.ServerResponse.super_ === http.OutgoingMessage, http.ClientRequest.super_ === http.OutgoingMessage,
  http.Server.super_ === net.Server, http.Agent.super_ === EventEmitter);
console.log(http.Agent.defaultMaxSockets, http.Agent.prototype.defaultPort, http.ServerResponse.prototype.statusCode);
console.log(util.inspect(http.globalAgent));
console.log(http.globalAgent instanceof http.Agent, http.globalAgent.createConnection === net.createConnection);
console.log(Object.keys(http.parsers), http.parsers.name, http.parsers.max, typeof http.parsers.alloc, typeof http.parsers.free);

var s = http.createServer();
console.log(s instanceof http.Server, s instanceof net.Server, Object.keys(s));
console.log(s.timeout, s.httpAllowHalfOpen, s.maxHeadersCount, s.allowHalfOpen);
console.log(s.listeners('connection')[0] === http._connectionListener, s.listeners('clientError').length, s.listeners('request').length);
var s2 = http.Server(function () {});
console.log(s2 instanceof http.Server, s2.listeners('request').length);

var a = new http.Agent({ maxSockets: 2, foo: 'bar' });
console.log(util.inspect(a), a.listeners('free').length);
var a2 = new http.Agent();
console.log(a2.maxSockets, a2.options);

var p = http.parsers.alloc();
console.log(Object.keys(p), typeof p.execute, typeof p.finish, typeof p.reinitialize);
http.parsers.free(p);
console.log(http.parsers.list.length, http.parsers.alloc() === p);

var m = new http.OutgoingMessage();
console.log(Object.keys(m));
console.log(m.headersSent, m.getHeader('x'), m._renderHeaders());
m.setHeader('X-A', 'b');
m.setHeader('x-b', [1, 2]);
console.log(m.getHeader('x-a'), m.getHeader('X-B'), m._headers, m._headerNames, m._renderHeaders());
m.removeHeader('X-A');
console.log(m._headers, m._headerNames);
try { m.setHeader('a'); } catch (e) { console.log(e.message); }
try { m.getHeader(); } catch (e) { console.log(e.message); }
try { m.removeHeader(); } catch (e) { console.log(e.message); }

var im = new http.IncomingMessage(null);
console.log(Object.keys(im));
im._addHeaderLine('Set-Cookie', 'a');
im._addHeaderLine('set-cookie', 'b');
im._addHeaderLine('Cookie', 'c');
im._addHeaderLine('cookie', 'd');
im._addHeaderLine('X-Y', '1');
im._addHeaderLine('x-y', '2');
im._addHeaderLine('Host', 'h1');
im._addHeaderLine('Host', 'h2');
['accept', 'accept-charset', 'accept-encoding', 'accept-language', 'connection', 'pragma', 'link',
 'www-authenticate', 'proxy-authenticate', 'sec-websocket-extensions', 'sec-websocket-protocol',
 'content-type', 'user-agent', 'location', 'etag', 'via', 'x'].forEach(function (h) {
  im._addHeaderLine(h, '1');
  im._addHeaderLine(h.toUpperCase(), '2');
});
console.log(im.headers);
im.complete = true;
im._addHeaderLine('X-T', 'v');
console.log(im.trailers);
