// A function in a generated assert message is its source as node 0.10 (V8 3.14) printed it.
var assert = require('assert');
function show(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.message); } }
show(function () { assert.deepEqual(function(){}, function(){}); });
show(function () { assert.equal(function  named /* c */ (a,b) { return a; }, 1); });
show(function () { assert.strictEqual(Math.max, 1); });
var own = function(){}; own.toString = function () { return 'own'; };
show(function () { assert.equal(own, 2); });
show(function () { assert.deepEqual({f: function(x){ return x; }}, {}); });
