var path = require('path');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.name === "SyntaxError" ? "(engine message)" : JSON.stringify(e.message.split(__dirname).join("<dir>")));
  }
}
attempt('missing relative', function () { require('./nope'); });
attempt('missing package', function () { require('no-such-package-anywhere'); });
attempt('missing absolute', function () { require('/no/such/file'); });
attempt('empty', function () { require(''); });
attempt('number', function () { require(1); });
attempt('undefined', function () { require(); });
attempt('syntax error', function () { require('./fixtures/ext/syntax-error'); });
attempt('throws while loading', function () { require('./fixtures/ext/throws'); });
attempt('throws again (not cached)', function () { require('./fixtures/ext/throws'); });
attempt('resolve missing', function () { require.resolve('./nope'); });
attempt('registerExtension', function () { require.registerExtension('.x', function () {}); });
console.log(Object.keys(require.cache).map(function (k) { return path.relative(__dirname, k); }));
