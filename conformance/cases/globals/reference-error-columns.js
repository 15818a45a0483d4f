// An undefined name's ReferenceError is placed at the name, as V8 3.14 placed it, where today's
// engine points at what starts the expression around it (parentheses, return, an assignment).
require('../../lib/uncaught-heads')([
  'var x = (missingVar);',
  'function f(){ return (v + 1) } f()',
  'var y; y = ((zz))',
  'if ((nope)) {}',
  'var o = {k: (und)}',
  'console.log((qq))'
], null, 6);
