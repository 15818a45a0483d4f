// Additions to Error objects routed through a domain: error.domain, domainEmitter,
// domainBound, domainThrown, as 0.10 set them.
var domain = require('domain'), EE = require('events').EventEmitter;
var d = domain.create();
var seen = [];
d.on('error', function (e) {
  seen.push([e.message, e.domain === d, e.domainEmitter ? 'emitter' : String(e.domainEmitter), e.domainBound ? 'bound' : String(e.domainBound), String(e.domainThrown), Object.keys(e).sort().join(',')]);
  if (seen.length === 4) console.log(JSON.stringify(seen, null, 1));
});
var em = new EE(); d.add(em);
em.emit('error', new Error('emitted'));
d.run(function () { setTimeout(function () { throw new Error('thrown'); }, 1); });
var bound = d.intercept(function () {});
bound(new Error('intercepted'));
d.bind(function () { throw new Error('bound throw'); })();
