// cluster.disconnect([callback]): the order of the worker's, the callback's and the cluster's
// events, the workers table at each; with no workers the callback still comes.
var cluster = require('cluster');
var net = require('net');
if (cluster.isMaster) {
  function k() { return JSON.stringify(Object.keys(cluster.workers)); }
  cluster.on('disconnect', function (w) { console.log('cluster disconnect', w.id, k(), w.state, w.suicide); });
  cluster.on('exit', function (w, code) { console.log('cluster exit', w.id, code, k(), w.state); });
  var w = cluster.fork();
  w.process.on('disconnect', function () { console.log('process disconnect', w.id, k()); });
  w.on('disconnect', function () { console.log('worker disconnect', w.id, k(), w.state); });
  w.on('exit', function () { console.log('worker exit', w.id, k(), w.state); });
  w.on('listening', function () {
    cluster.disconnect(function () {
      console.log('callback', k());
      cluster.disconnect(function () { console.log('callback with no workers'); });
      console.log('after second disconnect');
    });
    console.log('after disconnect', w.state, w.suicide);
  });
} else {
  var s = net.createServer().listen(0, '127.0.0.1');
  s.on('close', function () { process.stdout.write(''); });
}
