// Where 0.10's Buffer JavaScript called other Buffer methods, a program's replacement of them is
// called too: new Buffer(string) measures with Buffer.byteLength and writes with this.write,
// Buffer.concat copies with each item's copy, utf8Slice/asciiSlice/binarySlice read through
// this.toString and utf8Write/asciiWrite/binaryWrite write through this.write.
// Only calls made while a case runs are recorded (console.log itself may make Buffers).
var calls = [];
var recording = false;
function spy(obj, name, label) {
  var orig = obj[name];
  obj[name] = function () {
    if (recording) calls.push(label + ' ' + JSON.stringify([].slice.call(arguments).map(function (a) { return Buffer.isBuffer(a) ? '<' + a.length + '>' : a; })));
    return orig.apply(this, arguments);
  };
  return function () { obj[name] = orig; };
}
function show(label, f) {
  var r;
  recording = true;
  try { r = f(); } catch (e) { r = e; }
  recording = false;
  r = r instanceof Error ? r.name + ': ' + r.message : Buffer.isBuffer(r) ? '<' + r.toString('hex') + '>' : JSON.stringify(r);
  console.log(label + ': ' + r);
  console.log('  ' + calls.join(' | '));
  calls = [];
}
var undo = [spy(Buffer, 'byteLength', 'byteLength'), spy(Buffer.prototype, 'write', 'write'), spy(Buffer.prototype, 'toString', 'toString'), spy(Buffer.prototype, 'copy', 'copy')];
show('new Buffer(str)', function () { return new Buffer('h\u00e9'); });
show('new Buffer(str, hex)', function () { return new Buffer('abcd', 'hex'); });
show('new Buffer(str, base64)', function () { return new Buffer('aGk=', 'base64'); });
show('new Buffer(number)', function () { return new Buffer(2).length; });
show('new Buffer(array)', function () { return new Buffer([1, 2]); });
show('concat', function () { return Buffer.concat([new Buffer([1]), new Buffer([2, 3])]); });
show('concat total', function () { return Buffer.concat([new Buffer([1]), new Buffer([2, 3])], 2); });
var b = new Buffer([0x61, 0x62, 0x63]);
calls = [];
show('utf8Slice', function () { return b.utf8Slice(0, 2); });
show('asciiSlice', function () { return b.asciiSlice(1); });
show('binarySlice', function () { return b.binarySlice(); });
show('utf8Write', function () { return b.utf8Write('z', 1); });
show('asciiWrite', function () { return b.asciiWrite('yy'); });
show('binaryWrite', function () { return b.binaryWrite('x', 2); });
show('toJSON', function () { return b.toJSON(); });
show('slice', function () { return b.slice(1); });
undo.forEach(function (f) { f(); });
var orig = Buffer.prototype.write;
Buffer.prototype.write = function (s, o, e) { return orig.call(this, s.toUpperCase(), o, e); };
var replaced = new Buffer('abc').toString('hex');
Buffer.prototype.write = orig;
console.log('write replaced: ' + replaced + ', restored: ' + new Buffer('abc').toString('hex'));
