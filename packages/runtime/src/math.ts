// Math.pow as node 0.10's engine (V8 3.14 on x64) computed it with an integer exponent: x to
// the |y| by binary exponentiation in doubles (the result starts as x when the lowest bit is
// set, then x is squared once per further bit and multiplied in where a bit is set), and
// 1 / that for a negative y. It rounds at every step, so it can differ from today's engine in
// the last digits: 0.10 printed Math.pow(1.05, 10) * 1000 as 1628.8946267774415 and
// Math.pow(10, -5) as 0.00001 (today: ...4422 and 0.000009999999999999999). An exponent of
// ±0.5 was a square root. Other exponents, and a negative exponent whose result underflowed
// to 0, went to the general routine: its x87 form from the binding (math-native.ts), or
// without the binding the engine's.
import { pow010General } from './math-native';
import { replaceBuiltin } from './native-functions';

const general = pow010General ?? Math.pow;

function pow(x: unknown, y: unknown): number {
  const base = +(x as number);
  const exponent = +(y as number);
  if ((exponent | 0) === exponent) {
    let bits = (exponent < 0 ? -exponent : exponent) >>> 0;
    let square = base;
    let result = bits & 1 ? base : 1;
    while ((bits >>>= 1) !== 0) {
      square *= square;
      if (bits & 1) result *= square;
    }
    if (exponent >= 0) return result;
    result = 1 / result;
    return result === 0 ? general(base, exponent) : result;
  }
  if (exponent === 0.5) return base === -Infinity ? Infinity : Math.sqrt(base + 0);
  if (exponent === -0.5) return base === -Infinity ? 0 : 1 / Math.sqrt(base + 0);
  return general(base, exponent);
}

/** On `realm`'s builtins (the program's by default; a vm context's global for its own). */
export function installMath010(realm: typeof globalThis = globalThis): void {
  replaceBuiltin(realm.Math, 'pow', pow);
}
