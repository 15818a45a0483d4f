var path = require('path');
var good = require('./fixtures/json/good.json');
console.log(JSON.stringify(good), good.s.length);
console.log(require('./fixtures/json/good') === good);
console.log(JSON.stringify(require('./fixtures/json/bom.json')));
try {
  require('./fixtures/json/bad.json');
} catch (e) {
  console.log(e instanceof SyntaxError, e.name, e.message.indexOf(path.join(__dirname, 'fixtures/json/bad.json') + ': ') === 0);
}
try {
  require('./fixtures/json/bad.json');
} catch (e) {
  console.log('second require throws again:', e.name);
}
console.log(Object.keys(require.cache).filter(function (k) { return /bad\.json$/.test(k); }).length);
