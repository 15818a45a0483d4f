// Math.sin, cos, tan, log, exp, atan, asin, acos and atan2 as node 0.10's engine (V8 3.14 on
// x64) computed them, bit for bit, from @n10/binding: the x87 FPU's fsin, fcos, fptan (with
// its fprem1 reduction from 2^63 on) and ln2 * fyl2x for log; the C library's exp, atan,
// asin, acos and atan2 for the others. Today's engine has its own routines, whose last digit
// differs in a few percent of cases: 0.10 printed Math.sin(Math.PI) as 1.2246063538223773e-16
// (today 1.2246467991473532e-16), Math.log(3.392140528907456) as 1.2214611465842893 (today
// ...895), Math.sin(1e300) as 0.979001590952254 (today -0.8178819121159085).
//
// Installed only when the binding has them (x86-64 Linux); elsewhere the engine's stay.
// Each replacement keeps the builtin's name and length, is not a constructor, prints as
// native code, and converts its arguments once each with ToNumber, left to right (valueOf
// runs once; a missing argument is NaN).
import binding from '@n10/binding';
import { asNative } from './native-functions';

type Binary = (x: number, y: number) => number;

function define(name: string, fn: Function): void {
  Object.defineProperty(Math, name, { value: asNative(fn, name), writable: true, enumerable: false, configurable: true });
}

/** Math.pow's general routine in 0.10 for a non-integer exponent (x87 2^(y*log2 x), libm's
 * pow as fallback), or undefined when the binding lacks it. For math.ts's pow: the
 * arguments must already be numbers. */
export const pow010General: Binary | undefined = typeof binding.mathPow === 'function' ? binding.mathPow : undefined;

export function installMathNative(): void {
  const { mathSin, mathCos, mathTan, mathLog, mathExp, mathAtan, mathAsin, mathAcos, mathAtan2 } = binding;
  // Method shorthand: named, length 1 (2 for atan2), no prototype, not a constructor.
  if (typeof mathSin === 'function') define('sin', { sin(x: unknown): number { return mathSin(+(x as number)); } }.sin);
  if (typeof mathCos === 'function') define('cos', { cos(x: unknown): number { return mathCos(+(x as number)); } }.cos);
  if (typeof mathTan === 'function') define('tan', { tan(x: unknown): number { return mathTan(+(x as number)); } }.tan);
  if (typeof mathLog === 'function') define('log', { log(x: unknown): number { return mathLog(+(x as number)); } }.log);
  if (typeof mathExp === 'function') define('exp', { exp(x: unknown): number { return mathExp(+(x as number)); } }.exp);
  if (typeof mathAtan === 'function') define('atan', { atan(x: unknown): number { return mathAtan(+(x as number)); } }.atan);
  if (typeof mathAsin === 'function') define('asin', { asin(x: unknown): number { return mathAsin(+(x as number)); } }.asin);
  if (typeof mathAcos === 'function') define('acos', { acos(x: unknown): number { return mathAcos(+(x as number)); } }.acos);
  if (typeof mathAtan2 === 'function') {
    define('atan2', {
      atan2(y: unknown, x: unknown): number {
        const a = +(y as number);
        return mathAtan2(a, +(x as number));
      },
    }.atan2);
  }
}
