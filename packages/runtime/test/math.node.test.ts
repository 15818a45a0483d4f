// Math as node 0.10's engine computed it (math.ts).
import test from 'ava';
import { sameAsOracle } from './helpers';

test('Math.pow(x, y) with an integer y: the same digits as 0.10 over many bases and exponents', (t) => {
  const program =
    'var out = []; for (var i = 0; i < 3000; i++) { var x = 0.5 + (i % 97) / 31, y = (i % 61) - 30; out.push(Math.pow(x, y), Math.pow(-x, y), Math.pow(x * 1e3, y % 9)); } console.log(out.join(" "))';
  sameAsOracle(t, program);
});

test('Math.pow: ±0.5 exponents, underflow to zero, special values, argument coercion, a native function', (t) => {
  const program =
    "console.log(Math.pow(2, -0.5), Math.pow(-Infinity, 0.5), Math.pow(-0, -0.5), Math.pow(2, -1074), Math.pow(2, -1075), Math.pow(-0, -3), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(3, 2147483648), Math.pow({valueOf: function () { return 2 }}, '10'), Math.pow(), String(Math.pow), Math.pow.length)";
  sameAsOracle(t, program);
});
