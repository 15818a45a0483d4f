// A cycle gets the partial exports of the module still loading.
var a = require('./fixtures/cycle/a');
var b = require('./fixtures/cycle/b');
console.log(JSON.stringify(a));
console.log(JSON.stringify(b));
var ma = require.cache[require.resolve('./fixtures/cycle/a')];
console.log(ma.loaded, ma.children.length, ma.children[0].id.slice(-13), ma.children[0].children.length);
