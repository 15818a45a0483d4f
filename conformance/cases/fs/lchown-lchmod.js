// fs.lchmod/lchown and their Sync forms: 0.10 defined them only where the platform has
// lchmod (macOS); on Linux all four are undefined.
var fs = require('fs');
console.log(typeof fs.lchmod, typeof fs.lchmodSync, typeof fs.lchown, typeof fs.lchownSync);
var p = require('os').tmpdir() + '/n10-lchown-' + process.pid;
try { fs.unlinkSync(p); } catch (e) {}
fs.symlinkSync('/nonexistent-target', p);
try { fs.lchownSync(p, process.getuid(), process.getgid()); console.log('lchownSync ok'); } catch (e) { console.log('lchownSync', e.code); }
try { fs.lchown(p, 0, 0, function () {}); } catch (e) { console.log(e.name); }
fs.unlinkSync(p);
