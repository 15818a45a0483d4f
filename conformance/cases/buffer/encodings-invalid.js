// ascii, binary, ucs2, base64 and hex with input outside what they define.
var s = require('./fixtures/show');
var all = new Buffer(256);
for (var i = 0; i < 256; i++) all[i] = i;
console.log('ascii decode', s.q(all.toString('ascii').slice(120, 136)), all.toString('ascii').length);
console.log('binary decode', s.q(all.toString('binary').slice(120, 136)));
var odd = '\u0000a\u00e9\u0100\u0120\uffff\ud800\u0141';
['ascii', 'binary', 'ucs2', 'utf16le'].forEach(function (enc) {
  console.log(enc + ' encode', s.show(new Buffer(odd, enc)), Buffer.byteLength(odd, enc));
});
console.log('ucs2 odd length', s.q(new Buffer([0x61, 0, 0x62]).toString('ucs2')), s.q(new Buffer([0x61]).toString('ucs2')), s.q(new Buffer([0x61, 0, 0x62, 0, 0x63]).toString('ucs2', 1)));
['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'ab==', 'a===', 'abc=', 'ab=c', 'a b c d', 'a\nbcd', '====', 'ab-_', 'ab+/', 'a.b.', 'YWJj\nZGVm', 'YW Jj',
 '=abc', 'ab=', 'abcd==', 'abcde==', '!!!!', 'abcdefgh=====', 'a\u00e9bc', 'YQ==YQ==', '\u0141\u0141\u0141\u0141', '\u00c1AAA'].forEach(function (str) {
  console.log('base64 ' + s.q(str) + ' -> ' + Buffer.byteLength(str, 'base64') + ' ' + s.show(new Buffer(str, 'base64')));
});
['', 'ab', 'abc', 'zz', 'abzz', 'zzab', '1z', 'AbCd', 'ab cd', 'a bc', '0x12', '\u0161\u0161', '\u00e1\u00e1'].forEach(function (str) {
  console.log('hex ' + s.q(str) + ' -> ' + Buffer.byteLength(str, 'hex') + ' ' + s.attempt(function () { return new Buffer(str, 'hex'); }));
});
console.log('hex write', s.attempt(function () { var b = new Buffer(3); b.fill(0); return [b.write('aabbccdd', 'hex'), Buffer._charsWritten, b]; }),
  s.attempt(function () { var b = new Buffer(3); b.fill(0); return [b.write('aazzcc', 'hex'), b]; }),
  s.attempt(function () { return new Buffer(3).write('aab', 0, 1, 'hex'); }));
console.log('base64 write', s.attempt(function () { var b = new Buffer(4); b.fill(0); return [b.write('QUJD', 0, 2, 'base64'), Buffer._charsWritten, b]; }));
console.log('base64 encode', [[], [1], [1, 2], [1, 2, 3], [0xfb, 0xff]].map(function (a) { return new Buffer(a).toString('base64'); }).join(' '));
