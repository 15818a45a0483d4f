// An unref'd timer made in a domain: its own Timer handle carries the domain, and 0.10's
// MakeCallback ran the callback inside it (the domain takes what it throws, its stack is the
// callback's alone, Timer.ontimeout); a disposed domain's is not called.
var domain = require('domain');
var d = domain.create();
d.on('error', function (e) { console.log('caught:', e.message, process.domain === d); console.log(e.stack.replace(/\(.*[\\\/]/g, '(')); });
d.run(function () {
  var t = setTimeout(function () {
    console.log('callback in the domain:', process.domain === d);
    throw new Error('from an unref\'d timer');
  }, 1);
  t.unref();
  console.log('handle domain:', t._handle.domain === d);
});
var gone = domain.create();
gone.run(function () { setTimeout(function () { console.log('never: disposed'); }, 5).unref(); });
gone.dispose();
setTimeout(function () { console.log('done', process.domain === undefined || process.domain === null); }, 50);
