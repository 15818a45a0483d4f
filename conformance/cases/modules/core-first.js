// Core modules win over node_modules of the same name; a path or trailing slash does not.
var path = require('path');
var m = require('module');
var parent = new m(path.join(__dirname, 'fixtures/nm/x.js'), module);
parent.filename = parent.id;
parent.paths = m._nodeModulePaths(path.dirname(parent.filename));
console.log(typeof m._load('events', parent).EventEmitter);
console.log(m._load('events/', parent));
console.log(m._resolveFilename('events', parent));
console.log(path.relative(__dirname, m._resolveFilename('events/', parent)));
console.log(require('sys') === require('util'));
