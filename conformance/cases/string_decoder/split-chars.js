// Characters split across chunks in every encoding: every way of cutting a few sample inputs.
var s = require('./fixtures/show');
var StringDecoder = require('string_decoder').StringDecoder;
var samples = {
  utf8: ['e282ac41', 'c2a2e282acf09f9880', 'f09f988061', '78eda0bdedb88079', 'e282', 'c241e2', 'ffc2a2'],
  ucs2: ['3dd800de6100', '61003dd8', '00d8', '6100620063'],
  utf16le: ['3dd800de3dd800de'],
  base64: ['616263646566', '61', '6162636465'],
  hex: ['abcdef'],
  ascii: ['e9e9']
};
Object.keys(samples).forEach(function (enc) {
  samples[enc].forEach(function (h) {
    var all = new Buffer(h, 'hex');
    // Every cut into two chunks, and every byte on its own.
    var rows = [];
    for (var cut = 0; cut <= all.length; cut++) {
      var d = new StringDecoder(enc);
      rows.push(s.attempt(function () { return [d.write(all.slice(0, cut)), d.write(all.slice(cut)), d.end()]; }));
    }
    var one = new StringDecoder(enc);
    var singles = [];
    for (var i = 0; i < all.length; i++) singles.push(s.attempt(function () { return one.write(all.slice(i, i + 1)); }));
    console.log(enc + ' ' + h + ':\n  ' + rows.join('\n  ') + '\n  bytes: ' + singles.join(' ') + ' end=' + s.attempt(function () { return one.end(); }));
  });
});
