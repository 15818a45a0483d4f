// A caught engine TypeError's message, read in the catch block before its stack (mocha's
// reporter does so), is in V8 3.14's words: "Cannot call method 'run' of undefined", "Cannot
// set property 'x' of null", also in a one-line try/catch; the function's source prints as
// written, and positions after a catch on its line are where the program wrote them.
function probe() {
  var u;
  try {
    u.run();
  } catch (err) {
    return err.message + ' | ' + err.stack.split('\n')[0];
  }
}
console.log(probe());
console.log(probe.toString());
try {
  null.x = 1;
} catch (e) {
  console.log(e.message);
}
var kept = 'catch (e) {\n';
console.log(JSON.stringify(kept), Object.keys(global).indexOf('__n10caught'));
try { undefined.x; } catch (e) { console.log(e.message); }
try { var q = null; q.f(); } catch (err) { console.log(err.message, err.stack.split('\n')[1]); }
function g() { try { throw new Error('in g'); } catch (e) { return e.stack.split('\n')[1] + ' ' + e.message; } }
console.log(g());
console.log(g.toString());
try { null.z = 1; } catch (e) { console.log(e.message); } var after = new Error('after').stack.split('\n')[1]; console.log(after);
try { try { undefined.a; } catch (e1) { undefined.b; } } catch (e2) { console.log(e2.message, e2.stack.split('\n')[1]); }
