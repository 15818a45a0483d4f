// readline.emitKeypressEvents: the keys 0.10 decodes from 2560 chunks (control characters,
// ESC+character, terminal escape sequences with modifiers, and random mixes of their pieces).
var readline = require('readline');
var rec = require('../../../packages/readline/test/fixtures/keys-corpus');
var seqs = rec.corpus();
var results = rec.decodeAll(readline.emitKeypressEvents, seqs, require('events').EventEmitter);
for (var i = 0; i < seqs.length; i++) console.log(JSON.stringify(seqs[i]).replace(/[\u007f-\uffff]/g, '?'), results[i]);
