// Argument coercion of every method that takes positions or lengths, over a fixed matrix of
// awkward values (negative, NaN, fractions, beyond length, strings as numbers, objects).
var V = [undefined, null, 0, 1, 2, 5, 6, 7, -1, -2, -7, 1.5, -1.5, 5.5, NaN, Infinity, -Infinity, '2', '0', '-1', 'x', '', true, false, [3], {}];
function name(v) { return v === undefined ? 'undef' : typeof v === 'string' ? q(v) : Array.isArray(v) ? '[' + v + ']' : typeof v === 'object' && v !== null ? 'obj' : String(v); }
function src() { return new Buffer('abcdef'); }
function dots(n) { var b = new Buffer(n); b.fill(0x2e); return b; }

// toString(encoding, start, end)
['ascii', 'hex', 'ucs2'].forEach(function (enc) {
  V.forEach(function (s) {
    var row = enc + ' ' + name(s);
    V.forEach(function (e) { row += ' ' + tryit(function () { return src().toString(enc, s, e); }); });
    out(row);
  });
});
['utf8', 'UTF-8', 'Utf8', 'ucs-2', 'UTF16LE', 'utf-16le', 'BINARY', 'Base64', 'HEX', 'raw', 'raws', 'buffer', 'latin1', '', null, 0, 1, {}, 'foo'].forEach(function (enc) {
  out('enc ' + name(enc) + ' ' + tryit(function () { return src().toString(enc); }) + ' ' + tryit(function () { return Buffer.byteLength('\u00e9\u00e9', enc); }) +
    ' ' + tryit(function () { return new Buffer('6162', enc); }) + ' ' + tryit(function () { return dots(4).write('6162', enc); }) + ' ' + tryit(function () { return Buffer.isEncoding(enc); }));
});

// slice(start, end) and the offsets of the views
V.forEach(function (s) {
  var row = 'slice ' + name(s);
  V.forEach(function (e) { row += ' ' + tryit(function () { var b = src(); var x = b.slice(s, e); return [x, x.offset - b.offset]; }); });
  out(row);
});

// copy(target, targetStart, sourceStart, sourceEnd). A numeric string (or array) position that
// passed copy()'s JavaScript checks reached 0.10's C++ as pool-offset text ('2' + 1560) and
// copied whatever the pool held there: not reproducible, so strings only where JS rejects them.
var CV = V.filter(function (v) { return typeof v !== 'string' && !Array.isArray(v); }).concat(['x', '-1']);
CV.forEach(function (a) {
  CV.forEach(function (b) {
    var row = 'copy ' + name(a) + ' ' + name(b);
    [undefined, 0, 2, 6, 7, -1, 1.5, NaN, 'x', null, true].forEach(function (c) {
      row += ' ' + tryit(function () { var t = dots(6); var r = src().copy(t, a, b, c); return [r, t]; });
    });
    out(row);
  });
});
out('copy small target ' + tryit(function () { var t = dots(3); return [src().copy(t, 1), t]; }));
out('copy into array ' + tryit(function () { return src().copy([0, 0]); }));
out('copy into empty array ' + tryit(function () { return src().copy([]); }));
out('copy into object ' + tryit(function () { return src().copy({}); }));
out('copy no target ' + tryit(function () { return src().copy(); }));
out('copy overlap fwd ' + tryit(function () { var b = src(); b.copy(b, 1, 0, 4); return b; }));
out('copy overlap back ' + tryit(function () { var b = src(); b.copy(b, 0, 2); return b; }));
out('copy overlap big ' + tryit(function () { var b = new Buffer(100); for (var i = 0; i < 100; i++) b[i] = i; b.copy(b, 10, 0, 80); return b; }));
out('copy overlap big back ' + tryit(function () { var b = new Buffer(100); for (var i = 0; i < 100; i++) b[i] = i; b.copy(b, 0, 10, 90); return b; }));

// fill(value, start, end)
[1, 257, -1, 1.5, 'a', 'abc', '', '\u00e9', '\u0100', null, undefined, NaN, true, {}, [1], Infinity, 2147483647, 2147483648, -2147483648, -2147483649, '1'].forEach(function (v) {
  out('fill ' + name(v) + ' ' + tryit(function () { var b = dots(6); var r = b.fill(v); return [r, b]; }));
});
V.forEach(function (s) {
  var row = 'fill ' + name(s);
  V.forEach(function (e) { row += ' ' + tryit(function () { var b = dots(6); var r = b.fill(0x41, s, e); return [r, b]; }); });
  out(row);
});
out('fill empty ' + tryit(function () { return new Buffer(0).fill(1); }));

// write(string, offset, length, encoding) and the legacy (string, encoding, offset, length)
V.concat(['hex', 'ascii', 'foo']).forEach(function (a) {
  var row = 'write ' + name(a);
  V.concat(['hex', 'ucs2']).forEach(function (b) {
    row += ' ' + tryit(function () { var t = dots(6); var r = t.write('abcd', a, b); return [r, Buffer._charsWritten, t]; });
  });
  out(row);
});
[['hex', 1, 2], [1, 2, 'hex'], ['base64', 0, 4], [0, 0, 'foo'], [9, 'foo'], [9, 0], [6, 0], [6, 1], [-1, 'foo'], [1, -1]].forEach(function (args) {
  out('write4 ' + tryit(function () { var t = dots(6); var r = t.write.apply(t, ['6162', args[0], args[1], args[2]]); return [r, Buffer._charsWritten, t]; }));
});
['', 'x'].forEach(function (s) {
  [0, 6, 7, -1].forEach(function (o) { out('write ' + q(s) + ' at ' + o + ' ' + tryit(function () { return dots(6).write(s, o); }) + ' ' + tryit(function () { return dots(6).write(s, o, 'foo'); })); });
});
[5, {}, null, undefined, [1], true].forEach(function (s) { out('write nonstring ' + name(s) + ' ' + tryit(function () { return dots(6).write(s); }) + ' ' + tryit(function () { return dots(6).write(s, 'foo'); })); });

// new Buffer(subject, encoding)
[0, 1, 3, 1.5, 2.9, -1, -0.5, NaN, Infinity, -Infinity, 1073741823.5, 1073741825, 2147483648, 4294967296, 1e20, '3', '0x10', [1, 256, -1, 1.5, '7', 'x', null, undefined, true], [], {}, { length: 3, 0: 1, 1: 2 }, { length: 1.5, 0: 5, 1: 6 }, { length: -1 }, { length: 'x' }, null, undefined, true, function () {}].forEach(function (s) {
  // (0.10 left new Buffer(n)'s bytes uninitialised: only the length is compared.)
  out('new ' + name(s) + ' ' + tryit(function () { var b = new Buffer(s); return typeof s === 'number' ? b.length : b; }));
});
[0, 1, 3, 5, 10, -1, 1.5, NaN, null, true, 'hex', 'base64', 'foo', 'raw', {}].forEach(function (e) {
  out('new str ' + name(e) + ' ' + tryit(function () { return new Buffer('abcdef', e); }) + ' ' + tryit(function () { return Buffer('616263', e); }));
});
out('new buffer copy ' + tryit(function () { var a = new Buffer([1, 2]); var b = new Buffer(a); b[0] = 9; return [a, b]; }));
out('new 3 args ' + tryit(function () { return new Buffer('abcd', 'utf8', 1); }));
out('new arguments ' + tryit(function () { return (function () { return new Buffer(arguments); })(1, 2, 3); }));

// concat(list, totalLength)
var a = new Buffer('ab'), c = new Buffer('cde'), z = new Buffer(0);
[[[]], [[a]], [[a], 5], [[a], 0], [[a, c]], [[a, c], 3], [[a, c], 10], [[a, c], 0], [[a, c], -1], [[a, c], 1.5], [[a, c], '3'], [[a, c], NaN], [[a, c], null],
 [[a, c, a], 3], [[a, c, a], 5], [[z, a]], [[z, z]], [[a, z, c], 4], [a], [undefined], [{ length: 2, 0: a, 1: c }], [[a, 'xy']], [[a, 'xy'], 0], [[a, [1, 2]]], [[a, null]], [[a, null], 4], [['xy']],
 [[a, {}]], [[a, 5]], [[a, undefined]], [[null, a]], [[a, { copy: 5, length: 1 }]], [[a, c], Infinity]].forEach(function (args) {
  out('concat ' + tryit(function () { var r = Buffer.concat(args[0], args[1]); return [r, r === args[0][0]]; }));
});

// get / set / indexing
out('get ' + [0, 5, -1, 6, '1', null, undefined].map(function (i) { return tryit(function () { return src().get(i); }); }).join(' '));
out('set ' + [0, 5, -1, 6, '1'].map(function (i) { return tryit(function () { var b = src(); var r = b.set(i, 300); return [r, b]; }); }).join(' '));
out('index ' + tryit(function () { var b = dots(4); b[0] = 256; b[1] = -1; b[2] = 1.7; b[3] = '65'; return [b, b[4], b[-1], b['1']]; }));
