// Number#toString(radix), #toFixed, #toExponential, #toPrecision as 0.10's engine had them
// (number-format.ts). The install runs in this worker; each program's output is compared with
// what the oracle prints for it.
import test from 'ava';
import { oracle } from './helpers';
import { installNumberFormat010 } from '../src/number-format';
import { nativeSource } from '../src/native-functions';

installNumberFormat010();

// Long results print as their length, ends and a hash (the pipe would not take them all).
const prelude =
  "function digest(s) { if (s.length < 120) return s; for (var h = 0, i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return s.length + ':' + s.slice(0, 40) + '...' + s.slice(-40) + ':' + h; }\n" +
  "function show(name, f) { var r; try { r = digest(JSON.stringify(f())); } catch (e) { r = 'THROW ' + e.name + ': ' + e.message; } print(name + ' ' + r); }\n";

function here(program: string): string {
  const out: string[] = [];
  new Function('print', prelude + program)((line: string) => out.push(line));
  return out.join('\n') + '\n';
}

function there(program: string): string {
  return oracle(['-e', 'var print = console.log;\n' + prelude + program]).stdout;
}

test('number.toString(radix): fractions and big integers in every radix as 0.10 wrote them', (t) => {
  const program =
    'var xs = [0.1, 1/3, Math.PI, -0.75, 255.5, 1e21, 123.456, 2e-300, 1e-7, 5e-324, 1.7976931348623157e308, 9007199254740993, 4503599627370497.5, -123456789.987, 0.5, 255, -255, 0, -0, NaN, Infinity, -Infinity];\n' +
    'var seed = 7; function rnd() { seed = (seed * 9301 + 49297) % 233280; return seed / 233280; }\n' +
    'for (var i = 0; i < 200; i++) { var x = rnd() - 0.5, big = rnd() * 1073741824; for (var k = 0; k < i % 40; k++) { x = i % 2 ? x * 10 : x / 10; big *= 2; } xs.push(x, Math.floor(big)); }\n' +
    'xs.forEach(function (x) { for (var r = 2; r <= 36; r++) show(x + " " + r, function () { return x.toString(r); }); });';
  const mine = here(program);
  t.is(mine, there(program));
  t.true(mine.includes('0.1 3 1103:"0.0022002200220022002200220022002201000...'));
});

test('number.toString(radix): radix coercion, RangeErrors, wrappers and non-number receivers', (t) => {
  const program =
    "var P = Number.prototype;\n" +
    "[2, 8, 16, 36, '16', undefined, 10, null, 0, 1, 37, 2.5, NaN, {valueOf: function () { return 16; }}].forEach(function (r) { [255, -255.5, 0.1, NaN, -0, Infinity].forEach(function (x) { show(String(r) + ' ' + x, function () { return x.toString(r); }); }); });\n" +
    "['s', null, undefined, {}, new Number(255.5), true, Object.create(Number.prototype)].forEach(function (r, i) { show('recv ' + i, function () { return P.toString.call(r, 16); }); show('recv () ' + i, function () { return P.toString.call(r); }); });\n" +
    'show("length", function () { return [P.toString.length, P.toString.name]; });';
  t.is(here(program), there(program));
});

test('number.toFixed / toExponential / toPrecision: 0.10 ranges, messages, order of checks, generic receivers', (t) => {
  const program =
    "var P = Number.prototype;\n" +
    "[['toFixed', [undefined, null, '2', 2.7, -0.5, 20.9, 21, 25, 100, -1, NaN, Infinity, -Infinity, {valueOf: function () { return 3; }}]], ['toExponential', [undefined, null, '2', 2.7, -0.5, 20.9, 21, 100, NaN, -1]], ['toPrecision', [undefined, null, '2', 2.7, 0.5, 21.9, 22, 100, NaN, 0]]].forEach(function (pair) {\n" +
    "  pair[1].forEach(function (a) { [1.5, NaN, Infinity, -Infinity, 0, -0, 123.456, 1e21, 1.005, -1.5e-10].forEach(function (x) { show(pair[0] + '(' + String(a) + ') of ' + x, function () { return P[pair[0]].call(x, a); }); }); });\n" +
    "  ['s', ' 1.50', null, undefined, true, {}, new Number(2), new String('3')].forEach(function (r) { show(pair[0] + ' recv ' + String(r), function () { return P[pair[0]].call(r, 1); }); show(pair[0] + ' recv25 ' + String(r), function () { return P[pair[0]].call(r, 25); }); show(pair[0] + ' recv() ' + String(r), function () { return P[pair[0]].call(r); }); });\n" +
    "  show(pair[0] + ' order', function () { var log = []; try { P[pair[0]].call({valueOf: function () { log.push('this'); return 1; }}, {valueOf: function () { log.push('arg'); return 2; }}); } catch (e) { log.push(e.message); } return log; });\n" +
    "  show(pair[0] + ' length', function () { return [P[pair[0]].length, P[pair[0]].name]; });\n" +
    '});';
  t.is(here(program), there(program));
});

test('the replaced Number methods print as native code', (t) => {
  for (const name of ['toString', 'toFixed', 'toExponential', 'toPrecision'] as const) {
    t.is(nativeSource(Number.prototype[name]), `function ${name}() { [native code] }`);
  }
});
