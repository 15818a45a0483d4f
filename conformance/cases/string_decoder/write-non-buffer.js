// StringDecoder.write/end given something that is not a Buffer: the result, or the TypeError node 0.10 (V8 3.14) worded.
var SD = require('string_decoder').StringDecoder;
function t(label, f){ try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ': ' + e.message); } }
['utf8', 'ucs2', 'base64', 'hex', 'ascii'].forEach(function(enc){
  t(enc + ' null', function(){ return new SD(enc).write(null); });
  t(enc + ' undef', function(){ return new SD(enc).write(); });
  t(enc + ' str', function(){ return new SD(enc).write('str'); });
  t(enc + ' num', function(){ return new SD(enc).write(5); });
  t(enc + ' arr', function(){ return new SD(enc).write([65, 66]); });
  t(enc + ' end null', function(){ return new SD(enc).end(null); });
  t(enc + ' end str', function(){ return new SD(enc).end('s'); });
});
