// An empty path is a path in 0.10: its errors name it ('') and carry path: ''.
var fs = require('fs');
function show(tag, e) {
  console.log(tag, e ? JSON.stringify([e.code, e.errno, e.message, e.path, Object.keys(e)]) : 'no error');
}
['stat', 'lstat', 'readdir', 'readlink', 'unlink', 'rmdir', 'readFile'].forEach(function (m) {
  try { fs[m + 'Sync'](''); show(m + 'Sync'); } catch (e) { show(m + 'Sync', e); }
});
try { fs.openSync('', 'r'); } catch (e) { show('openSync', e); }
try { fs.renameSync('', ''); } catch (e) { show('renameSync', e); }
try { fs.mkdirSync(''); } catch (e) { show('mkdirSync', e); }
try { fs.chmodSync('', 420); } catch (e) { show('chmodSync', e); }
try { fs.truncateSync(''); } catch (e) { show('truncateSync', e); }
try { fs.writeFileSync('', 'x'); } catch (e) { show('writeFileSync', e); }
var names = ['stat', 'lstat', 'readdir', 'readlink', 'unlink', 'rmdir', 'readFile'];
(function next(i) {
  if (i === names.length) {
    fs.open('', 'r', function (e) {
      show('open', e);
      fs.createReadStream('').on('error', function (e2) { show('ReadStream', e2); });
    });
    return;
  }
  fs[names[i]]('', function (e) { show(names[i], e); next(i + 1); });
})(0);
