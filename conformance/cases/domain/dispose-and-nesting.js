var domain = require('domain');
var EE = require('events').EventEmitter;
var d = domain.create();
var calls = [];
function mk(name, methods) { var e = new EE(); methods.forEach(function (m) { e[m] = function () { calls.push(name + '.' + m); }; }); return e; }
d.add(mk('a', ['dispose', 'destroy', 'end', 'close']));
d.add(mk('b', ['destroy', 'end', 'close']));
d.add(mk('c', ['end', 'close']));
d.add(mk('d', ['close']));
d.add(mk('e', []));
var t = setTimeout(function () { console.log('timer should be cleared'); }, 10);
d.add(t);
var eDom = new EE(); d.add(eDom);
d.on('dispose', function () { console.log('dispose event', d.members.length); });
d.on('error', function (e) { console.log('error after dispose?', e.message); });
d.dispose();
console.log(calls, d.members, Object.keys(d._events || {}));
eDom.emit('error', new Error('ignored?'));
console.log('second dispose'); d.dispose();
// nested
var outer = domain.create(), inner = domain.create();
outer.on('error', function (e) { console.log('outer got', e.message, domain._stack.length, process.domain === outer); });
inner.on('error', function (e) { console.log('inner got', e.message); throw new Error('rethrown by inner'); });
outer.run(function () {
  inner.run(function () {
    console.log('stack', domain._stack.length);
    setTimeout(function () { throw new Error('deep'); }, 1);
  });
});
var x = domain.create(); var y = domain.create();
x.enter(); y.enter(); console.log('xy', domain._stack.length); x.exit(); console.log('after x.exit', domain._stack.length, process.domain);
var z = domain.create();
z.run(function () { throw new Error('sync in run'); });
