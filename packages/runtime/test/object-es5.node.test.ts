// Object's reflection functions refuse primitives, as 0.10's engine (ES5) did (object-es5.ts).
// The install runs in this worker; each program's output is compared with the oracle's.
import test from 'ava';
import { oracle } from './helpers';
import { installObjectEs5 } from '../src/object-es5';
import { nativeSource } from '../src/native-functions';

installObjectEs5();

const prelude =
  "function show(name, f) { var r; try { r = JSON.stringify(f()); } catch (e) { r = 'THROW ' + e.name + ': ' + e.message; } print(name + ' ' + r); }\n";

function here(program: string): string {
  const out: string[] = [];
  new Function('print', prelude + program)((line: string) => out.push(line));
  return out.join('\n') + '\n';
}

function there(program: string): string {
  return oracle(['-e', 'var print = console.log;\n' + prelude + program]).stdout;
}

const NAMES = ['keys', 'getPrototypeOf', 'freeze', 'isFrozen', 'seal', 'isSealed', 'preventExtensions', 'isExtensible', 'getOwnPropertyNames', 'getOwnPropertyDescriptor'];

test('Object.keys, getPrototypeOf, freeze, seal, preventExtensions, is*, getOwnProperty*: a primitive throws "called on non-object"', (t) => {
  const program =
    `${JSON.stringify(NAMES)}.forEach(function (m) {\n` +
    "  ['ab', 5, true, null, undefined].forEach(function (v) { show(m + ' ' + String(v), function () { return Object[m](v, '0'); }); });\n" +
    "  show(m + ' none', function () { return Object[m](); });\n" +
    "  show(m + ' length', function () { return [Object[m].length, Object[m].name]; });\n" +
    '});';
  t.is(here(program), there(program));
});

test('Object.keys and friends on objects, arrays, functions and wrappers: as before', (t) => {
  const program =
    "var subjects = [{ b: 1, a: 2, 1: 3 }, [1, 2], function f(a) {}, new String('ab'), new Number(1), Object.create(null), /x/g, new Date(0)];\n" +
    'subjects.forEach(function (o, i) {\n' +
    "  show(i + ' keys', function () { return Object.keys(o); });\n" +
    "  show(i + ' proto', function () { var p = Object.getPrototypeOf(o); return p === null ? null : p.constructor.name; });\n" +
    "  show(i + ' desc', function () { return Object.getOwnPropertyDescriptor(o, '0') || Object.getOwnPropertyDescriptor(o, 'a'); });\n" +
    "  show(i + ' ext', function () { return [Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o)]; });\n" +
    "  show(i + ' freeze', function () { return [Object.freeze(o) === o, Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o)]; });\n" +
    '});';
  t.is(here(program), there(program));
});

test('the replaced Object functions print as native code', (t) => {
  const o = Object as unknown as Record<string, Function>;
  for (const name of NAMES) t.is(nativeSource(o[name]), `function ${name}() { [native code] }`);
});
