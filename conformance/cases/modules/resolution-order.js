// LOAD_AS_FILE before LOAD_AS_DIRECTORY; .js before .json; package.json main; index fallbacks.
var path = require('path');
function show(req) {
  try {
    var v = require(req);
    console.log(req, '->', JSON.stringify(v), path.relative(__dirname, require.resolve(req)));
  } catch (e) {
    console.log(req, '-> throws', e.code, e.message.replace(__dirname, '<dir>'));
  }
}
show('./fixtures/order/a');
show('./fixtures/order/a.js');
show('./fixtures/order/a.json');
show('./fixtures/order/b');
show('./fixtures/order/dir-only');
show('./fixtures/order/dir-only/');
show('./fixtures/order/pkg-main');
show('./fixtures/order/pkg-main-noext');
show('./fixtures/order/pkg-main-dir');
show('./fixtures/order/pkg-bad-main');
show('./fixtures/order/index-json');
show('./fixtures/order/x');
show('./fixtures/order/x/');
show('./fixtures/order/../order/a');
show(__dirname + '/fixtures/order/a');
show('./fixtures/order/nothing-here');
show('./fixtures/order/a.');
