// Messages both ways over fork()'s channel: JSON values, NODE_ commands as internal messages,
// disconnect from the child's side, 'error' on sends after, the order of the events.
var cp = require('child_process');
var child = cp.fork(__dirname + '/fixtures/child.js', ['echo'], {silent: true});
var childOut = '';
child.stdout.on('data', function (d) { childOut += d; });
var values = [0, -1.5, 'str', '', null, true, false, [], [1, [2]], {a: {b: 'c'}}, '\u2028\u00e9\ud83d\ude00', 'a\nb'];
var k = 0;
child.on('internalMessage', function (m) { if (m.cmd === 'NODE_PONG') { console.log('internal', JSON.stringify(m)); child.send('disconnect-me'); } });
child.on('message', function (m) {
  console.log('message', JSON.stringify(m));
  if (m === 'ready' || (m && m.echo !== undefined)) {
    if (k < values.length) child.send(values[k++]);
    else child.send({cmd: 'NODE_PING', n: 1});
  }
});
child.on('disconnect', function () {
  console.log('disconnect', child.connected);
  child.send('after');
  try { child.disconnect(); } catch (e) { console.log('second disconnect throws', e.message); }
});
child.on('error', function (e) { console.log('error', e.message); });
child.on('exit', function (code, signal) { console.log('exit', code, signal); });
child.on('close', function (code, signal) { console.log('close', code, signal); console.log('child stdout:\n' + childOut); });
