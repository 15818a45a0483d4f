// Durations given as strings: socket.setTimeout('30') and timers.enroll(o, '20') work as in 0.10
// (its Timer took the IntegerValue; its arithmetic compared numerically).
var net = require('net');
var s = net.createServer(function(c){ c.setTimeout('30'); c.on('timeout', function(){ console.log('server socket timeout'); c.destroy(); s.close(); }); });
s.listen(0, function(){ var c = net.connect(s.address().port); c.on('close', function(){ console.log('client close'); }); });
var timers = require('timers');
var o = { _onTimeout: function(){ console.log('enrolled "20" fired'); } };
timers.enroll(o, '20'); timers.active(o);
