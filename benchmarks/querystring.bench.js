// querystring.parse and stringify on typical query strings and objects: n10
// (@n10/querystring on the host) against the host's querystring, querystring-es3 and
// node 0.10. Ratios are n10 ÷ other (>1: n10 faster).
var path = require('path');

exports.contenders = {
  n10: { runtime: 'host', load: function () { return require(path.join(__dirname, '../packages/querystring')); } },
  'node 20': { runtime: 'host', load: function () { return require('querystring'); } },
  'querystring-es3': { runtime: 'host', load: function () { return require('querystring-es3'); } },
  'node 0.10': { runtime: 'oracle', load: function () { return require('querystring'); } }
};

var PLAIN = [
  'a=1',
  'page=2&per_page=50&sort=created_at',
  'foo=bar&baz=qux&baz=quux&corge',
  'callback=jQuery1910_1380000000000&_=1380000000001',
  'utm_source=newsletter&utm_medium=email&utm_campaign=fall_2013&utm_content=link1'
];
var ENCODED = [
  'q=node.js+url+parsing&lang=en',
  'name=J%C3%BCrgen&city=M%C3%BCnchen',
  'redirect=http%3A%2F%2Fexample.com%2Fpath%3Fx%3D1%26y%3D2',
  'response_type=code&client_id=abc123&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=read%20write',
  'json=%7B%22a%22%3A1%2C%22b%22%3A%5B1%2C2%5D%7D'
];
var OBJECTS = [
  { a: '1' },
  { page: 2, per_page: 50, sort: 'created_at', desc: true },
  { foo: 'bar', baz: ['qux', 'quux'], corge: '' },
  { q: 'node.js url parsing', lang: 'en' },
  { redirect: 'http://example.com/path?x=1&y=2', name: 'Jürgen' }
];

var sink = 0;

exports.cases = {
  'parse 5 plain strings': function (qs) {
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < PLAIN.length; k++) sink += Object.keys(qs.parse(PLAIN[k])).length;
    };
  },
  'parse 5 encoded strings': function (qs) {
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < ENCODED.length; k++) sink += Object.keys(qs.parse(ENCODED[k])).length;
    };
  },
  'parse with ; and :': function (qs) {
    var s = 'a:1;b:2;c:3;d:four;e:five%20six';
    return function (n) {
      for (var i = 0; i < n; i++) sink += Object.keys(qs.parse(s, ';', ':')).length;
    };
  },
  'stringify 5 objects': function (qs) {
    return function (n) {
      for (var i = 0; i < n; i++) for (var k = 0; k < OBJECTS.length; k++) sink += qs.stringify(OBJECTS[k]).length;
    };
  }
};
