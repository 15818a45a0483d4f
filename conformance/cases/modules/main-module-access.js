// Accessing the main module: require.main, module.parent, require.resolve/cache/extensions.
console.log(require.main === module, module.parent, module.id, typeof require.cache[__filename], Object.keys(require.extensions));
console.log(require.resolve('fs'), require.resolve('./main-module-access.js') === __filename, require.main.filename === __filename);
try { require.resolve('./nope'); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(module).sort().join(','), module.loaded, module.children.length, module.paths[0].slice(-12));
