// pipe() to something that is not an emitter: the TypeError node 0.10 threw (V8 3.14 wording), after the source counted the pipe.
var stream = require('stream');
function t(label, dest){ var r = new stream.Readable(); r._read = function(){};
  try { r.pipe(dest); console.log(label, 'ok'); } catch (e) { console.log(label, e.name + ': ' + e.message, r._readableState.pipesCount, r.listeners('end').length); } }
t('null', null); t('undefined', undefined); t('obj', {}); t('str', 'abc'); t('num', 5); t('onprop', {on: 1});
function Foo(){} t('foo', new Foo()); t('arr', [1, 2]);
