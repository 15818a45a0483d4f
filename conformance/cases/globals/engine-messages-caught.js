// A caught engine TypeError's message, read in the catch block before its stack (mocha's
// reporter does so), is in V8 3.14's words: "Cannot call method 'run' of undefined", "Cannot
// set property 'x' of null"; the function's source prints as written.
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
