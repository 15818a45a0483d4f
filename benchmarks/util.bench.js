// util.format and util.inspect: n10's (@n10/util on the host) against the host's own util
// and node 0.10's.
var path = require('path');

exports.contenders = {
  n10: { runtime: 'host', load: function () { return require(path.join(__dirname, '../packages/util')); } },
  'node 20': { runtime: 'host', load: function () { return require('util'); } },
  'node 0.10': { runtime: 'oracle', load: function () { return require('util'); } }
};

var sink = 0;
var small = { id: 42, name: 'widget', tags: ['a', 'b'], ok: true };
var nested = { user: { id: 1, name: 'ann', roles: ['admin', 'dev'], meta: { created: 0, flags: [1, 2, 3] } },
  items: [{ sku: 'x1', qty: 2 }, { sku: 'y2', qty: 1 }, { sku: 'z3', qty: 7 }], total: 10.5, note: null };
var list = [];
for (var i = 0; i < 100; i++) list.push(i * 7);
var strings = [];
for (var j = 0; j < 20; j++) strings.push('item number ' + j);

exports.cases = {
  'format %s %d': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.format('user %s has %d items', 'ann', i).length; };
  },
  'format %j': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.format('payload %j', small).length; };
  },
  'format plain string': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.format('no placeholders in this line at all').length; };
  },
  'format extra args': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.format('values:', i, 'x', true, null).length; };
  },
  'inspect small object': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.inspect(small).length; };
  },
  'inspect nested object': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.inspect(nested).length; };
  },
  'inspect 100 numbers': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.inspect(list).length; };
  },
  'inspect 20 strings': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.inspect(strings).length; };
  },
  'inspect string': function (util) {
    return function (n) { for (var i = 0; i < n; i++) sink += util.inspect('it\'s a "string"\n').length; };
  }
};
