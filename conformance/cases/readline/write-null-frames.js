// runtime-only: the frames of string_decoder.js and readline.js are placed by the runtime
// rl.write(data) on a non-terminal interface passes data to its StringDecoder, as 0.10:
// strings too, and null (progress 1.0 wrote rl.write(null, key) when stdout was a pipe)
// fails inside StringDecoder#write.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var rl = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: false });
rl.on('line', function (l) { console.log('line', JSON.stringify(l)); });
rl.write('one\r\ntw');
rl.write(new Buffer([0x6f, 0xc3]));
rl.write(new Buffer([0xa9, 0x0a]));
try {
  rl.write(null, { ctrl: true, name: 'u' });
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 5).join('\n'));
}
rl.close();
