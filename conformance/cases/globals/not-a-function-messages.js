// Calling what is not a function: V8 3.14 spoke of the value ("undefined is not a function",
// "Object #<Thing> has no method 'run'", "Property 'p' of object #<Object> is not a function"),
// where today's engine names the source text ("o.m is not a function"). Caught, in an
// 'uncaughtException' listener and in the stack.
function t(label, f) { try { f(); } catch (e) { console.log(label, '|', e.message, '|', e.stack.split('\n')[0]); } }
function Thing() {}
Thing.prototype.run = function () { this.missing(); };
Thing.prototype.prop = 5;
Thing.prototype.useProp = function () { this.prop(); };
var o = {}, u;
t('undefined variable', function () { u(); });
t('plain object, no method', function () { o.m(); });
t('computed', function () { o['m'](); });
t('this, no method', function () { new Thing().run(); });
t('this, not a function', function () { new Thing().useProp(); });
t('method of this in an object literal', function () { ({ go: function () { this.nope(); } }).go(); });
t('a global object', function () { process.nope(); });
t('Math', function () { Math.nope(); });
t('a module', function () { require('fs').nope(); });
t('new undefined', function () { new u(); });
t('new missing member', function () { new o.m(); });
t('a global property', function () { global.zz = 1; zz(); });
t('arguments', function () { arguments.m(); });
process.on('uncaughtException', function (e) { console.log('uncaught', e.message); });
setTimeout(function () { o.later(); }, 1);
