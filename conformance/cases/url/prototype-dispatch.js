// url.parse, url.format, url.resolve and url.resolveObject call the Url.prototype methods
// (parse, parseHost, format, resolve, resolveObject) as 0.10's did, so a program that replaces
// one of them sees every call, in 0.10's order; querystring and punycode through their modules.
var url = require('url');
var qs = require('querystring');
var punycode = require('punycode');
var calls = [];
['parse', 'format', 'resolve', 'resolveObject', 'parseHost'].forEach(function (name) {
  var orig = url.Url.prototype[name];
  url.Url.prototype[name] = function () {
    calls.push(name + (name === 'parse' ? ' ' + JSON.stringify([].slice.call(arguments)) : ''));
    return orig.apply(this, arguments);
  };
});
['parse', 'stringify'].forEach(function (name) {
  var orig = qs[name];
  qs[name] = function () { calls.push('querystring.' + name); return orig.apply(this, arguments); };
});
var encode = punycode.encode;
punycode.encode = function (s) { calls.push('punycode.encode'); return encode.call(this, s); };
function show(label, v) {
  console.log(label + ': ' + JSON.stringify(v));
  console.log('  ' + calls.join(', '));
  calls = [];
}
show('parse', url.parse('http://u@\u00e9x.com:8/p?a=1#h', true).href);
show('parse slashes', url.parse('//h/p', false, true).host);
show('parse object', url.parse(url.parse('http://a/')).href);
show('format string', url.format('http://x/y?z'));
show('format object', url.format({ protocol: 'http', host: 'h', query: { b: 2 } }));
show('format Url', url.format(url.parse('http://q/')));
show('resolve', url.resolve('http://a/b/c', '../d?e#f'));
show('resolve abs', url.resolve('http://a/b', 'https://x/y'));
show('resolveObject', url.resolveObject('http://a/b', 'c').href);
show('resolveObject obj', url.resolveObject('http://a/b', { pathname: 'z' }).href);
show('resolveObject mailto', url.resolveObject('mailto:a@b', 'c@d').href);
