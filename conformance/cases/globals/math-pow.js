// Math.pow with integer exponents rounds as 0.10's engine did (binary exponentiation, 1/x^n for
// negative n): compound interest, powers of ten, and the special values.
var out = [];
out.push(Math.pow(1.05, 10) * 1000, Math.pow(1.1, 100), Math.pow(10, -5), Math.pow(10, 308), Math.pow(2, -1074), Math.pow(2, -0.5));
for (var n = -30; n <= 30; n++) out.push(Math.pow(10, n), Math.pow(1.07, n), Math.pow(-3.3, n));
out.push(Math.pow(-0, -3), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-Infinity, 0.5), Math.pow('2', '3'), Math.pow(), Math.pow.length);
console.log(out.join('\n'));
