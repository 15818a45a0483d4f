process.on('uncaughtException', function (e) {
  console.log('got', e);
  throw e;
});
var f = function () { throw 'x' + 1; };
f();
