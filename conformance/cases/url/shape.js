// require('url'): its keys, the Url constructor and prototype, what parse returns and throws.
var url = require('url');
Object.keys(url).forEach(function (k) {
  console.log(k, typeof url[k], url[k].length);
});
console.log(Object.keys(url.Url.prototype).join(' '));
Object.keys(url.Url.prototype).forEach(function (k) {
  console.log('Url.prototype.' + k, url.Url.prototype[k].length);
});
var u = url.parse('http://x.com/a?b#c');
var keys = [];
for (var k in u) keys.push(k);
console.log(keys.join(' '));
console.log(u instanceof url.Url, u.constructor === url.Url, url.parse(u) === u);
console.log(JSON.stringify(new url.Url()));
console.log(u.resolve('../d'), u.format(), JSON.stringify(u.resolveObject('e').pathname));
[undefined, null, 5, {}, true].forEach(function (bad) {
  try {
    url.parse(bad);
    console.log('no throw');
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
});
try {
  url.parse('http://%zz@host/');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
var h = new url.Url();
h.host = 'example.com:8080';
h.parseHost();
console.log(JSON.stringify([h.hostname, h.port]));
