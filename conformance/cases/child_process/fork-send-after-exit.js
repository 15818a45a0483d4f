// A forked child sends a burst, then exits on request: message order; once it has exited and
// disconnected (those two race, in node 0.10 too), send() throws 'channel closed' and
// disconnect() emits 'error'.
var cp = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', function (m) { if (m === 'die') process.exit(4); process.send('ack ' + m); });
  for (var i = 0; i < 5; i++) process.send({ burst: i });
  return;
}
var ev = [];
var c = cp.fork(__filename, ['child']);
c.on('message', function (m) { ev.push('msg ' + JSON.stringify(m)); if (m.burst === 4) { c.send('one'); c.send('die'); } });
var ended = 0;
c.on('exit', function (code) { ev.push('exit ' + code); if (++ended === 2) afterBoth(); });
c.on('disconnect', function () { ev.push('disconnect event'); if (++ended === 2) afterBoth(); });
function afterBoth() {
  ev = ev.slice(0, -2).concat(ev.slice(-2).sort()); // exit and disconnect in either order
  ev.push('connected=' + c.connected);
  try { c.send('after exit'); ev.push('send after exit ok'); } catch (e) { ev.push('send after exit threw ' + e.message); }
  c.on('error', function (e) { ev.push('error ' + e.message); });
  try { c.disconnect(); ev.push('disconnect ok'); } catch (e) { ev.push('disconnect threw ' + e.message); }
}
process.on('exit', function () { console.log(ev.join('\n')); });
