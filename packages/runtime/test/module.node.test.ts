// The module system (manual: Modules): resolution, caching, cycles, the module object.
import test from 'ava';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { n10, oracle, tree } from './helpers';

/** Runs main.js in a tree under n10 and under node 0.10; the outputs must be identical. */
function same(t: import('ava').ExecutionContext, files: Record<string, string>, env?: Record<string, string>) {
  const dir = tree(files);
  const want = oracle(['main.js'], { cwd: dir, env });
  const got = n10(['main.js'], { cwd: dir, env });
  t.is(want.code, 0, want.stderr);
  t.is(got.stdout, want.stdout, got.stderr);
  t.is(got.code, want.code);
  return got;
}

test('require(X): LOAD_AS_FILE tries X, X.js, X.json, X.node in order', (t) => {
  same(t, {
    'main.js': "console.log(require('./a'), require('./b'), require('./c.json').c)",
    'a.js': "module.exports = 'a.js'",
    'a.json': '"a.json"',
    'b.json': '"b.json"',
    'c.json': '{"c": 3}',
  });
});

test('require(X): LOAD_AS_DIRECTORY with package.json main, index.js and index.json', (t) => {
  same(t, {
    'main.js': "console.log(require('./p'), require('./q'), require('./r'), require('./s'))",
    'p/package.json': '{"main": "lib/start"}',
    'p/lib/start.js': "module.exports = 'p main'",
    'q/index.js': "module.exports = 'q index.js'",
    'r/index.json': '"r index.json"',
    's/package.json': '{"main": "./gone.js"}',
    's/index.js': "module.exports = 's falls back to index'",
  });
});

test('require(X): node_modules folders, walking up from the requiring file', (t) => {
  same(t, {
    'main.js': "console.log(require('./deep/er/x'))",
    'deep/er/x.js': "module.exports = require('pkg') + '/' + require('other')",
    'deep/node_modules/pkg/index.js': "module.exports = 'pkg in deep'",
    'node_modules/other/package.json': '{"main":"o.js"}',
    'node_modules/other/o.js': "module.exports = 'other at top'",
    'node_modules/pkg/index.js': "module.exports = 'pkg at top (shadowed)'",
  });
});

test('NODE_PATH directories are searched after node_modules', (t) => {
  const extra = tree({ 'from-node-path/index.js': "module.exports = 'found through NODE_PATH'" });
  const dir = tree({ 'main.js': "console.log(require('from-node-path'))" });
  t.is(n10(['main.js'], { cwd: dir, env: { NODE_PATH: extra } }).stdout, 'found through NODE_PATH\n');
  t.is(n10(['main.js'], { cwd: dir }).code, 8);
});

test('$HOME/.node_modules and $HOME/.node_libraries are global folders', (t) => {
  const home = tree({ '.node_modules/hm/index.js': "module.exports = 'home node_modules'", '.node_libraries/hl.js': "module.exports = 'home node_libraries'" });
  const dir = tree({ 'main.js': "console.log(require('hm'), require('hl'), require('module').globalPaths.slice(0, 2).map(function (p) { return p.slice(process.env.HOME.length) }))" });
  t.is(n10(['main.js'], { cwd: dir, env: { HOME: home } }).stdout, "home node_modules home node_libraries [ '/.node_modules', '/.node_libraries' ]\n");
});

test('cycles: a module required while loading gets the unfinished exports', (t) => {
  same(t, {
    'main.js': "var a = require('./a'); console.log(JSON.stringify(a), JSON.stringify(require('./b')))",
    'a.js': "exports.done = false; var b = require('./b'); exports.b = b.done; exports.done = true",
    'b.js': "exports.done = false; var a = require('./a'); exports.a = a.done; exports.done = true",
  });
});

test('require.cache: modules are cached by filename; deleting an entry reloads', (t) => {
  same(t, {
    'main.js':
      "var k = require.resolve('./c'); require('./c'); require('./c'); delete require.cache[k]; require('./c'); console.log(global.loads, Object.keys(require.cache).length)",
    'c.js': 'global.loads = (global.loads || 0) + 1',
  });
});

test('the module object: id, filename, loaded, parent, children, exports; require.main', (t) => {
  same(t, {
    'main.js':
      "var c = require('./child'); console.log(module.id, module.loaded, module.parent, module.children.length, c.parentIsMain, c.loadedWhileLoading, require.main === module, c.mainIsMain)",
    'child.js': 'exports.parentIsMain = module.parent === require.main; exports.loadedWhileLoading = module.loaded; exports.mainIsMain = require.main === process.mainModule',
  });
});

test('require.extensions: a registered extension loads files; .js is the fallback', (t) => {
  same(t, {
    'main.js':
      "require.extensions['.txt'] = function (m, f) { m.exports = 'txt:' + require('path').basename(f) }; console.log(require('./x.txt'), require('./x'), require('./y.weird'))",
    'x.txt': 'anything',
    'y.weird': "module.exports = 'compiled as .js'",
  });
});

test('.node addons load through the host dlopen', (t) => {
  const addon = require.resolve('@n10/binding/package.json');
  const built = path.join(path.dirname(addon), 'build/Release');
  const file = fs.existsSync(built) ? fs.readdirSync(built).find((f) => f.endsWith('.node')) : undefined;
  if (!file) {
    t.log('no built addon yet: loading a missing .node gives the dlopen error');
    const r = n10(['-e', "try { require('./missing.node') } catch (e) { console.log(e.code) }"], { cwd: os.tmpdir() });
    t.is(r.stdout, 'MODULE_NOT_FOUND\n');
    return;
  }
  const r = n10(['-p', `typeof require(${JSON.stringify(path.join(built, file))})`]);
  t.is(r.stdout, 'object\n');
});

test('the global object holds 0.10 globals and none of the host', (t) => {
  same(t, {
    'main.js':
      "console.log(JSON.stringify(Object.keys(global)), typeof fetch, typeof URL, typeof TextEncoder, typeof structuredClone, typeof queueMicrotask, typeof performance, typeof WebAssembly, typeof navigator)",
  });
});

test("require('freelist') and require('_linklist'): 0.10's undocumented built-ins, quirks included", (t) => {
  const source = fs.readFileSync(path.join(__dirname, '../../../conformance/cases/modules/legacy-internals.js'), 'utf8');
  const got = same(t, { 'main.js': source });
  t.regex(got.stdout, /FreeList: \[Function\]/);
});

test('module.paths: each module of a directory has its own array (a push onto one is not seen by the next)', (t) => {
  same(t, {
    'main.js':
      "var Module = require('module');\n" +
      "module.paths.push('/extra');\n" +
      "var a = require('./a');\n" +
      "console.log(a.length === module.paths.length - 1, a.indexOf('/extra'), a === module.paths);\n" +
      "console.log(Module._nodeModulePaths(__dirname).join() === a.join(), Module._nodeModulePaths(__dirname) !== Module._nodeModulePaths(__dirname));",
    'a.js': 'module.exports = module.paths',
  });
});
