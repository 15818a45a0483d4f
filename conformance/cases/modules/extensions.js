console.log(Object.keys(require.extensions));
require.extensions['.txt'] = function (module, filename) {
  module._compile('module.exports = "TXT:" + require("path").basename(__filename);', filename);
};
console.log(require('./fixtures/ext/hello.txt'));
console.log(require('./fixtures/ext/hello'));
console.log(Object.keys(require.extensions));
console.log(require('./fixtures/ext/shebang'));
console.log(require('./fixtures/ext/bom'));
console.log(require('./fixtures/ext/this'));
console.log(JSON.stringify(require('./fixtures/ext/replace')));
