// require() of a deep module tree (relative files, a package folder, JSON), cold each time:
// the tree's cache entries are deleted between runs, so every op resolves, reads and compiles
// 121 modules.
var path = require('path');
var dir = path.join(__dirname, 'fixtures', 'require-tree');

// Runs once on the host before the contenders: writes the tree.
exports.prepare = function () {
  var fs = require('fs');
  if (fs.existsSync(path.join(dir, 'index.js'))) return;
  fs.mkdirSync(dir, { recursive: true });
  function write(rel, text) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  var count = 0;
  function node(rel, depth) {
    count++;
    var kids = depth < 4 ? [0, 1, 2] : [];
    var body = 'var sum = 1;\n';
    kids.forEach(function (k) {
      var child = 'n' + k + (depth === 2 && k === 1 ? '' : '.js');
      var childPath = depth === 2 && k === 1 ? path.join(path.dirname(rel), 'n' + k) : path.join(path.dirname(rel), 'n' + k + '.js');
      if (depth === 2 && k === 1) {
        write(path.join(path.dirname(rel), 'n1', 'package.json'), JSON.stringify({ main: 'main.js' }));
        node(path.join(path.dirname(rel), 'n1', 'main.js'), depth + 1);
      } else {
        node(path.join(path.dirname(rel), 'd' + depth + k, 'n' + k + '.js'), depth + 1);
        child = 'd' + depth + k + '/n' + k;
      }
      body += "sum += require('./" + child + "').sum;\n";
    });
    body += "require('" + path.relative(path.dirname(path.join(dir, rel)), path.join(dir, 'data.json')).replace(/^(?!\.)/, './') + "');\n";
    body += 'exports.sum = sum;\n';
    write(rel, body);
  }
  write('data.json', JSON.stringify({ a: [1, 2, 3], b: 'x' }));
  node('index.js', 0);
};

exports.contenders = {
  n10: { runtime: 'n10' },
  'node 20': { runtime: 'host' },
  'node 0.10': { runtime: 'oracle' },
};

exports.cases = {
  'require 121-module tree': function () {
    var entry = path.join(dir, 'index.js');
    return function (n) {
      for (var i = 0; i < n; i++) {
        Object.keys(require.cache).forEach(function (k) {
          if (k.indexOf(dir) === 0) delete require.cache[k];
        });
        if (require(entry).sum < 1) throw new Error('bad tree');
      }
    };
  },
};
