// exec's options.encoding null or '': 0.10 still called setEncoding with it, a utf8 decoder,
// so a character the child writes in two pieces comes out whole (not as two broken halves).
var cp = require('child_process');
var script = 'printf "\\342\\202"; sleep 0.2; printf "\\254\\n"';
cp.exec(script, { encoding: null }, function (e, stdout, stderr) {
  console.log('null', e, typeof stdout, JSON.stringify(stdout), typeof stderr);
  cp.exec(script, { encoding: '' }, function (e, stdout) {
    console.log('empty', e, typeof stdout, JSON.stringify(stdout));
    cp.execFile('sh', ['-c', script], { encoding: null }, function (e, stdout) {
      console.log('execFile null', e, JSON.stringify(stdout));
    });
  });
});
