// require('https'): members, Agent, globalAgent, Server's own properties, request errors.
var https = require('https');
var fs = require('fs');
function r(f) { return fs.readFileSync('fixtures/' + f); }
console.log(Object.keys(https));
console.log(https.globalAgent.defaultPort, https.globalAgent instanceof https.Agent, https.globalAgent instanceof require('http').Agent);
console.log(Object.keys(https.globalAgent).filter(function (k) { return k !== 'domain'; }));
var s = https.createServer({ key: r('server-key.pem'), cert: r('server-cert.pem') });
console.log(Object.keys(s));
console.log(s instanceof require('tls').Server, s.httpAllowHalfOpen, s.NPNProtocols);
try { https.request('http://example.com/'); } catch (e) { console.log(e.message); }
try { https.request({ protocol: 'ftp:' }); } catch (e) { console.log(e.message); }
var a = new https.Agent({ maxSockets: 2 });
console.log(a.maxSockets, a.defaultPort, typeof a.createConnection);
