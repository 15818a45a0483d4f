// The engine's own TypeErrors, as 0.10 worded them: reads, calls and writes on undefined/null.
function first(e) { return e.stack.split('\n')[0]; }
var u, n = null, o = {};
try { u.x; } catch (e) { console.log(first(e)); }
try { u.run(); } catch (e) { console.log(first(e)); }
try { n.x = 1; } catch (e) { console.log(first(e)); }
try { o.a.b.c(); } catch (e) { console.log(first(e)); }
try { n['k' + 1](2); } catch (e) { console.log(first(e)); }
process.on('uncaughtException', function (e) { console.log('uncaught:', e.message); });
setTimeout(function () { var cfg; cfg.port; }, 1);
