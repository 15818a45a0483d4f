var domain = require('domain');
var EE = require('events').EventEmitter;
var outer = domain.create(), inner = domain.create();
outer.on('error', function (e) { console.log('outer got', e.message, domain._stack.length, process.domain === outer, e.domain === outer); });
inner.on('error', function (e) { console.log('inner got', e.message, domain._stack.length); throw new Error('rethrown by inner'); });
outer.run(function () {
  inner.run(function () {
    console.log('stack', domain._stack.length);
    setTimeout(function () { throw new Error('deep'); }, 1);
  });
});
var z = domain.create();
z.on('error', function (e) { console.log('z got', e.message, e.domainThrown, process.domain === z, domain._stack.length); });
z.run(function () { throw new Error('sync in run'); });
console.log('after z', process.domain === z, domain._stack.length);
var w = domain.create();
w.on('error', function (e) { console.log('w got', e.message); });
var bw = w.bind(function () { throw new Error('thrown in bound'); });
try { bw(); } catch (e) { console.log('bound throw propagates?', e.message); }
process.on('uncaughtException', function (e) { console.log('uncaught', e.message, e.domain === undefined); });
setTimeout(function () { console.log('plain timer', process.domain); throw new Error('no domain'); }, 5);
var q = domain.create();
q.run(function () { process.nextTick(function () { throw new Error('tick throw no listener'); }); });
