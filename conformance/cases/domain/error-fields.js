var domain = require('domain');
var EE = require('events').EventEmitter;
console.log(Object.keys(domain.Domain), domain.Domain.super_ === EE, domain.Domain.name, domain.createDomain === domain.create);
var d = domain.create();
var n = 0;
d.on('error', function (e) { console.log(++n, Object.keys(e)); });
var e = new EE(); d.add(e); e.emit('error', new Error('x'));
d.intercept(function () {})(new Error('y'));
d.run(function () { setTimeout(function () { throw new Error('z'); }, 1); });
setTimeout(function () {
  d.enter(); console.log('entered', process.domain === d);
  d.dispose(); console.log('after dispose', process.domain === d, domain.active === d, domain._stack.length);
  d.exit(); console.log('exit after dispose', domain._stack.length);
}, 10);
console.log(util = require('util').inspect(d, {depth: 0}));
