// The peer destroys at once; a socket destroyed while connecting never connects.
var net = require('net');
var s = net.createServer(function(c){ c.destroy(); });
s.listen(0, function(){
  var c = net.connect(s.address().port);
  c.on('connect', function(){ console.log('connected'); });
  c.write('x', function(e){ console.log('write cb', e && e.code); });
  c.on('error', function(e){ console.log('error', e.code); });
  c.on('end', function(){ console.log('end'); });
  c.on('close', function(h){ console.log('close', h); 
    var d = net.connect(s.address().port); d.destroy(); d.on('close', function(h){ console.log('d close', h); s.close(); }); d.on('connect', function(){ console.log('d connect?!'); });
  });
});
