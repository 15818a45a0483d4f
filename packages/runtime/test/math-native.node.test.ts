// Math.sin, cos, tan, log, exp, atan, asin, acos, atan2 as node 0.10's engine computed them
// (math-native.ts over @n10/binding's x87 and libm routines). Runs in this process: the
// functions are installed here and their printed values compared with the oracle's.
import binding from '@n10/binding';
import test from 'ava';
import { installMathNative, pow010General } from '../src/math-native';
import { nativeSource } from '../src/native-functions';
import { oracle } from './helpers';

// ES5, run by both: a few thousand arguments of every magnitude, then each function's values
// (no Math.pow with a non-power-of-two base: that differs between the engines by itself).
const body = `
  var p10 = [1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4, 1e5, 1e6], seed = 11, xs = [0, -0, 1, -1, 0.5, 2, 3, 10, 100, 0.1, 1e-10, 1e10, 1e22, 1e300, -1e300, 5e-324,
    Math.PI, -Math.PI, Math.PI / 2, Math.PI / 4, Math.E, 9.3e18, -9.3e18, 1.7976931348623157e308,
    709.78, 709.79, -745.13, -745.2, Infinity, -Infinity, NaN];
  function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
  for (var i = 0; i < 3000; i++) xs.push((rnd() - 0.5) * p10[Math.floor(rnd() * 12)]);
  for (i = 0; i < 500; i++) xs.push(rnd() * 2 - 1, (rnd() - 0.5) * 1500, (rnd() - 0.5) * Math.pow(2, Math.floor(rnd() * 120)));
  var out = [];
  ['sin', 'cos', 'tan', 'log', 'exp', 'atan', 'asin', 'acos'].forEach(function (f) {
    out.push(f + ': ' + xs.map(function (x) { return Math[f](x); }).join(' '));
  });
  out.push('atan2: ' + xs.map(function (x, i) { return Math.atan2(x, xs[(i * 7 + 3) % xs.length]); }).join(' '));
  out.push('atan2 specials: ' + [Math.atan2(Infinity, Infinity), Math.atan2(-Infinity, Infinity), Math.atan2(Infinity, -Infinity),
    Math.atan2(-Infinity, -Infinity), Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(-0, 0), Math.atan2(1, 0)].join(' '));
  return out.join('\\n');`;

const hasNative = typeof binding.mathSinScratch === 'function';

test('Math.sin, cos, tan, log, exp, atan, asin, acos, atan2: the same digits as 0.10 over thousands of arguments', (t) => {
  if (!hasNative) return t.pass('the binding has no x87/libm Math here: the engine keeps its own');
  installMathNative();
  const mine = (new Function(body) as () => string)();
  const theirs = oracle(['-e', `console.log((function () {${body}})())`]).stdout.replace(/\n$/, '');
  const a = mine.split('\n');
  const b = theirs.split('\n');
  t.is(a.length, b.length);
  for (let i = 0; i < a.length; i++) {
    const name = a[i]!.slice(0, a[i]!.indexOf(':'));
    const va = a[i]!.split(' ');
    const vb = b[i]!.split(' ');
    const differ = va.filter((v, j) => v !== vb[j]).length;
    t.is(differ, 0, `${name}: ${differ} values differ`);
  }
});

test('Math.sin and the others: name, length, native source, not constructors, ToNumber once, missing argument NaN', (t) => {
  if (!hasNative) return t.pass('the binding has no x87/libm Math here');
  installMathNative();
  const lengths: Record<string, number> = { sin: 1, cos: 1, tan: 1, log: 1, exp: 1, atan: 1, asin: 1, acos: 1, atan2: 2 };
  const math = Math as unknown as Record<string, Function>;
  for (const [name, length] of Object.entries(lengths)) {
    const fn = math[name]!;
    t.is(fn.name, name);
    t.is(fn.length, length);
    t.is(nativeSource(fn), `function ${name}() { [native code] }`);
    t.false(Object.prototype.hasOwnProperty.call(fn, 'prototype'));
    t.throws(() => Reflect.construct(fn, [1]), { instanceOf: TypeError });
    t.false(Object.getOwnPropertyDescriptor(Math, name)!.enumerable);
    t.true(Number.isNaN(fn()));
  }
  const seen: string[] = [];
  const v = (s: string, n: number) => ({ valueOf: () => (seen.push(s), n) });
  t.is(Math.sin(v('a', 1) as unknown as number), 0.8414709848078965);
  t.is(Math.atan2(v('y', 1) as unknown as number, v('x', 1) as unknown as number), 0.7853981633974483);
  t.is(Math.log('10' as unknown as number), 2.302585092994046);
  t.deepEqual(seen, ['a', 'y', 'x']);
  // A valueOf that itself calls Math functions does not disturb the call it is converted for.
  const nested = (n: number) => ({ valueOf: () => (Math.sin(5), Math.atan2(7, 8), n) });
  t.is(Math.atan2(nested(1) as unknown as number, nested(2) as unknown as number), 0.4636476090008061);
  t.is(Math.exp(nested(1) as unknown as number), 2.718281828459045);
  // The values that differ from today's engine.
  t.is(Math.sin(Math.PI), 1.2246063538223773e-16);
  t.is(Math.sin(1e300), 0.9790015909522538);
  t.is(Math.log(3.392140528907456), 1.2214611465842893);
});

test('Math.pow with a non-integer exponent: the binding\'s general routine gives 0.10\'s digits', (t) => {
  if (pow010General === undefined) return t.pass('the binding has no x87 pow here');
  const body2 = `var p10 = [1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4], seed = 5, out = []; function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
    for (var i = 0; i < 3000; i++) { var x = rnd() * p10[Math.floor(rnd() * 10)], y = (rnd() - 0.5) * 40;
      out.push(x, y, (i % 5 ? 1 : -1) * x, y * 1e9 + 0.5); }
    out.push(0, 1.5, -0, -1.5, Infinity, 0.3, -Infinity, 0.3, 1, NaN, 1, Infinity, -1, -Infinity, 2, NaN, 5e-324, 0.5, 1e300, 1.5, 1e-300, 2.5);
    var r = []; for (i = 0; i < out.length; i += 2) r.push(Math.pow(out[i], out[i + 1])); return r.join(' ');`;
  const theirs = oracle(['-e', `console.log((function () {${body2}})())`]).stdout.trim().split(' ');
  const args = (new Function(body2.replace('Math.pow(out[i], out[i + 1])', 'out[i] + "," + out[i + 1]')) as () => string)().split(' ');
  const mine = args.map((p) => {
    const [x, y] = p.split(',').map(Number);
    return String(pow010General!(x!, y!));
  });
  t.is(mine.length, theirs.length);
  t.is(mine.filter((v, i) => v !== theirs[i]).length, 0);
});
