// http.get and https.get call the module's request as the program left it (0.10's
// exports.request), so an interceptor that replaces http.request (nock, a test double)
// sees http.get too; https.request makes an http.ClientRequest read at call time.
var http = require('http');
var https = require('https');
var seen = [];
var realHttp = http.request, realHttps = https.request;
http.request = function (o, cb) { seen.push('http.request ' + JSON.stringify(o) + ' ' + typeof cb); return { end: function () { seen.push('end'); } }; };
https.request = function (o, cb) { seen.push('https.request ' + JSON.stringify(o) + ' ' + typeof cb); return { end: function () { seen.push('end'); } }; };
http.get('http://a.invalid/x');
https.get({ host: 'b.invalid', path: '/y' }, function () {});
http.request = realHttp;
https.request = realHttps;
console.log(seen.join('\n'));
console.log(JSON.stringify([http.get.name, http.request.name, https.get.name, https.request.name]));
var RealCR = http.ClientRequest;
http.ClientRequest = function (opts) { console.log('ClientRequest via https: port ' + opts.defaultPort + ' agent ' + (opts.agent === https.globalAgent)); };
https.request({ host: 'c.invalid' });
http.ClientRequest = RealCR;
try { http.get('ftp://x/'); } catch (e) { console.log(e.message, '|', e.stack.split('\n')[1].replace(/ \(.*/, ''), '|', e.stack.split('\n')[2].replace(/ \(.*/, '')); }
