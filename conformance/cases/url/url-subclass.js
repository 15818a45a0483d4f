// url.Url as 0.10 programs subclass it: the subclass's constructor calls url.Url.call(this)
// (a plain function in 0.10: n10's class constructor refused to be called so), then parses.
var url = require('url');
var util = require('util');
function MyUrl(extra) {
  url.Url.call(this);
  this.extra = extra;
}
util.inherits(MyUrl, url.Url);
var m = new MyUrl(1);
console.log(util.inspect(m));
console.log(m instanceof url.Url, url.Url.length, url.Url.name);
m.parse('http://user@a.com:81/x/y?z=1#h', true);
console.log(m.href, m.format(), m.resolve('../q'), JSON.stringify(m.query));
console.log(url.format(m), url.parse(m) === m);
var o = {};
console.log(url.Url.call(o), Object.keys(o));
var p = {};
console.log(url.Url.apply(p, [1, 2]), JSON.stringify(p));
