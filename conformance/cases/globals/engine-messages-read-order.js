// A caught engine TypeError: its message in 0.10's words whichever is read first (message, stack,
// a write, the descriptor, inspect, String), in the catch clause or later.
function t(label, f) { try { f(); } catch (e) { f2(label, e); } }
function f2(label, e) {
  if (label === 'stack first') console.log(label, e.stack.split('\n')[0], e.message);
  else if (label === 'write') { e.message = 'mine'; console.log(label, e.message, e.stack.split('\n')[0]); }
  else if (label === 'desc') { console.log(label, JSON.stringify(Object.getOwnPropertyDescriptor(e, 'message')), Object.keys(e), JSON.stringify(e)); }
  else if (label === 'inspect') console.log(label, require('util').inspect(e), String(e));
  else console.log(label, e.message);
}
var o = {};
t('msg', function () { o.a.b; });
t('call', function () { o.a.b(); });
t('stack first', function () { o.a.c(); });
t('write', function () { o.a.d; });
t('desc', function () { null.x; });
t('inspect', function () { undefined.y(); });
try { o.q.r; } catch (e) { try { throw e; } catch (e2) { console.log('rethrown', e2.message); } }
try { o.q.r(); } catch (e) { setTimeout(function () { console.log('later', e.message, e.stack.split('\n')[1]); }, 1); }
