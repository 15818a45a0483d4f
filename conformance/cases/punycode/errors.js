// punycode's errors and odd inputs, as Punycode.js 1.2.0 (node 0.10) treats them.
var punycode = require('punycode');

function esc(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, function (c) {
    return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4);
  });
}
function attempt(f, x) {
  try {
    return esc(f(x));
  } catch (e) {
    return e.name + ': ' + e.message;
  }
}

var inputs = ['', '-', 'abc-', 'ü', 'é-abc', '9', 'a*', 'zzzzzzzzzzzzz', 'MAANA-PTA', 'xn--', 'a.b', 'Z\ta', '\uD800',
  '\uDC00\uDC00', 'a\u3002b\uFF0Ec\uFF61d', 'xn--9.xn--é-', 'XN--MAANA-PTA.Xn--maana-pta', '99999999999999999999'];
inputs.forEach(function (x) {
  process.stdout.write([esc(x), attempt(punycode.decode, x), attempt(punycode.encode, x), attempt(punycode.toASCII, x),
    attempt(punycode.toUnicode, x), attempt(punycode.ucs2.decode, x)].join(' | ') + '\n');
});
var arr = [97, 0x1F600, 0x110000, -1];
process.stdout.write(esc(punycode.ucs2.encode(arr)) + ' ' + esc(arr) + '\n');
