// link/symlink (with its type argument)/readlink/unlink, and realpath/realpathSync: through
// relative and absolute links, chains, '..' after a link, a cache object (read and filled),
// and link loops (ELOOP, sync and async).
var fs = require('fs');
var t = require('./fixtures/tmp');
var d = fs.realpathSync(t.dir('links'));
function h(s) { return t.hide(s).split(d).join('<d>'); }
function keys(cache) { return Object.keys(cache).sort().map(function (k) { return h(k) + '=' + h(cache[k]); }).join(' '); }

fs.mkdirSync(d + '/a');
fs.mkdirSync(d + '/a/b');
fs.writeFileSync(d + '/a/b/file', 'content');
fs.symlinkSync('a/b', d + '/rel');
fs.symlinkSync(d + '/a/b/file', d + '/abs');
fs.symlinkSync('rel', d + '/chain');
fs.symlinkSync('b/..', d + '/a/up');
fs.symlinkSync('a/b', d + '/dirtype', 'dir');
fs.symlinkSync('a/b/file', d + '/filetype', 'file');
fs.symlinkSync('a/b/file', d + '/junction', 'junction');
fs.symlinkSync('self', d + '/self');
fs.symlinkSync('loopB', d + '/loopA');
fs.symlinkSync('loopA', d + '/loopB');
fs.linkSync(d + '/a/b/file', d + '/hard');

['rel', 'abs', 'chain', 'a/up', 'dirtype', 'filetype', 'junction', 'self', 'loopA'].forEach(function (n) {
  console.log('readlinkSync', n, h(fs.readlinkSync(d + '/' + n)));
});
console.log('hard link nlink', fs.statSync(d + '/hard').nlink, fs.readFileSync(d + '/hard', 'utf8'));

['rel', 'abs', 'chain', 'chain/file', 'a/up', 'a/up/b/file', 'rel/../b/./file', 'hard', 'dirtype', 'self', 'loopA', 'loopA/x', 'chain/nope', 'a/b/file/x'].forEach(function (n) {
  t.sync('realpathSync ' + n, function () { return h(fs.realpathSync(d + '/' + n)); });
});

var cache = {};
console.log('realpathSync with cache', h(fs.realpathSync(d + '/chain/file', cache)));
console.log('cache after', keys(cache));
var seeded = {};
seeded[d + '/fake'] = '/seeded/answer';
console.log('realpathSync from cache', fs.realpathSync(d + '/fake', seeded));
seeded = {};
seeded[d + '/virtual'] = d + '/a';
console.log('realpathSync cached prefix', h(fs.realpathSync(d + '/virtual/b/file', seeded)));

process.chdir(d);
console.log('realpathSync relative', h(fs.realpathSync('chain/file')), h(fs.realpathSync('.')));

var asyncCache = {};
t.series([
  function (next) { fs.realpath(d + '/chain/file', function (e, p) { console.log('realpath', arguments.length, e, h(p)); next(); }); },
  function (next) { fs.realpath(d + '/chain/file', asyncCache, function (e, p) { console.log('realpath cache', e, h(p), keys(asyncCache)); next(); }); },
  function (next) { fs.realpath(d + '/chain/file', asyncCache, function (e, p) { console.log('realpath cache hit', e, h(p)); next(); }); },
  function (next) { fs.realpath(d + '/a/up/b', function (e, p) { console.log('realpath up', e, h(p)); next(); }); },
  function (next) { fs.realpath(d + '/loopA', function (e) { console.log('realpath loop', t.err(e)); next(); }); },
  function (next) { fs.realpath(d + '/self/x', function (e) { console.log('realpath self', t.err(e)); next(); }); },
  function (next) { fs.realpath(d + '/chain/nope', function (e) { console.log('realpath missing', t.err(e)); next(); }); },
  function (next) { fs.readlink(d + '/rel', function (e, s) { console.log('readlink', arguments.length, e, s); next(); }); },
  function (next) { fs.symlink('a', d + '/async-link', function (e) { console.log('symlink', arguments.length, e, fs.readlinkSync(d + '/async-link')); next(); }); },
  function (next) { fs.symlink('a', d + '/async-link2', 'dir', function (e) { console.log('symlink type', arguments.length, e); next(); }); },
  function (next) { fs.link(d + '/hard', d + '/hard2', function (e) { console.log('link', arguments.length, e, fs.statSync(d + '/hard').nlink); next(); }); },
  function (next) { fs.unlink(d + '/hard2', function (e) { console.log('unlink', arguments.length, e, fs.statSync(d + '/hard').nlink); next(); }); },
  function (next) { fs.unlink(d + '/loopA', function (e) { console.log('unlink link', e, fs.existsSync(d + '/loopA'), fs.existsSync(d + '/loopB')); next(); }); },
  function (next) { process.chdir('/'); next(); }
]);
