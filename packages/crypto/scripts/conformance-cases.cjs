// Builds conformance/cases/crypto/*.js from test/diff/*.js: the same programs, helpers inlined,
// output through console.log, the parts that need entropy left out (cases/crypto/entropy.js
// holds those). Run after changing a diff script: node scripts/conformance-cases.cjs
var fs = require('fs');
var path = require('path');
var diffDir = path.join(__dirname, '../test/diff');
var outDir = path.join(__dirname, '../../../conformance/cases/crypto');
var prelude = [
  "var __lines = [];",
  "function out(s) { __lines.push(s); }",
  "function finish() { console.log(__lines.join('\\n')); }",
  "function q(s) {",
  "  var r = '\"';",
  "  for (var i = 0; i < s.length; i++) {",
  "    var c = s.charCodeAt(i);",
  "    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) r += s.charAt(i);",
  "    else { var h = c.toString(16); r += '\\\\u' + '0000'.slice(h.length) + h; }",
  "  }",
  "  return r + '\"';",
  "}",
  "function hexOf(b) { var r = ''; for (var i = 0; i < b.length; i++) r += (b[i] < 16 ? '0' : '') + b[i].toString(16); return r; }",
  "function show(v) {",
  "  if (typeof v === 'string') return q(v);",
  "  if (v === null || typeof v !== 'object') return String(v);",
  "  if (Buffer.isBuffer(v)) return (v.constructor && v.constructor.name === 'SlowBuffer' ? 'S' : 'B') + '<' + hexOf(v) + '>' + v.length;",
  "  if (v instanceof Error) return 'E:' + v.name + ':' + v.message;",
  "  if (Array.isArray(v)) { var a = []; for (var i = 0; i < v.length; i++) a.push(show(v[i])); return '[' + a.join(',') + ']'; }",
  "  return 'object';",
  "}",
  "function tryit(f) { try { return show(f()); } catch (e) { return show(e); } }",
  "function t(label, f) { out(label + ' => ' + tryit(f)); }",
  "var __seed = 0x9e3779b9;",
  "function seed(s) { __seed = s >>> 0 || 1; }",
  "function rnd(n) { var x = __seed; x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; __seed = x; return x % n; }",
  "function rbuf(n) { var b = new Buffer(n); for (var i = 0; i < n; i++) b[i] = rnd(256); return b; }",
  "function fixture(name) { return require('fs').readFileSync(__dirname + '/fixtures/' + name, 'utf8'); }",
  "// Deterministic parts only: what needs entropy is in entropy.js.",
  "var ENTROPY = false;",
  ""
].join('\n');
var map = { 'face.js': 'shape.js' };
fs.readdirSync(diffDir).filter(function (f) { return /\.js$/.test(f) && f !== 'random.js'; }).forEach(function (f) {
  var body = fs.readFileSync(path.join(diffDir, f), 'utf8');
  var lines = body.split('\n');
  var head = [];
  while (lines.length && /^\/\//.test(lines[0])) head.push(lines.shift());
  var text = head.join('\n') + '\n// (Generated from packages/crypto/test/diff/' + f + ': the same program, helpers inlined.)\n' + prelude + lines.join('\n');
  fs.writeFileSync(path.join(outDir, map[f] || f), text);
});
