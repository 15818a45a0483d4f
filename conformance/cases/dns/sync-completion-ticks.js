// dns.resolve4 of a name c-ares cannot query (EBADNAME) and dns.reverse answered from the
// hosts file complete inside the call: queued ticks first, then the callback, before return.
var dns = require('dns');
var L = [];
process.nextTick(function(){ L.push('tick1'); });
dns.resolve4('bad..name', function(e){ L.push('badname ' + (e && e.code)); });
L.push('after resolve4');
process.nextTick(function(){ L.push('tick2'); 
  dns.reverse('127.0.0.1', function(e, n){ L.push('reverse-in-tick ' + JSON.stringify(n)); });
  L.push('after reverse in tick');
  process.nextTick(function(){ L.push('tick3'); });
});
dns.reverse('127.0.0.1', function(e, n){ L.push('reverse ' + JSON.stringify(n)); });
L.push('sync end');
process.on('exit', function(){ console.log(L.join('\n')); });
