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
import { replaceBuiltin } from './native-functions';

type Binary = (x: number, y: number) => number;

// The binding's scratch form: the argument goes into [0] (and [1]), the result comes back in
// [0], with no number made or read at the boundary (half the cost of a call). Its own
// ArrayBuffer, so its memory never moves. Nothing runs between writing it and reading it back.
const scratch = new Float64Array(new ArrayBuffer(16));
const hasScratch = typeof binding.mathScratch === 'function' && typeof binding.mathPowScratch === 'function';
if (hasScratch) binding.mathScratch!(scratch);

function powScratch(x: number, y: number): number {
  scratch[0] = x;
  scratch[1] = y;
  binding.mathPowScratch!();
  return scratch[0]!;
}

/** Math.pow's general routine in 0.10 for a non-integer exponent (x87 2^(y*log2 x), libm's
 * pow as fallback; libm's pow, as 0.10 had it, for an integer exponent), or undefined when the
 * binding lacks it. For math.ts's pow: the arguments must already be numbers. */
export const pow010General: Binary | undefined = hasScratch ? powScratch : undefined;

/** On `realm`'s builtins (the program's by default; a vm context's global for its own). */
export function installMathNative(realm: typeof globalThis = globalThis): void {
  const Math = realm.Math;
  if (!hasScratch) return;
  const { mathSinScratch, mathCosScratch, mathTanScratch, mathLogScratch, mathExpScratch, mathAtanScratch, mathAsinScratch, mathAcosScratch, mathAtan2Scratch } = binding;
  const s = scratch;
  // Method shorthand: named, length 1 (2 for atan2), no prototype, not a constructor.
  if (mathSinScratch) replaceBuiltin(Math, 'sin', { sin(x: unknown): number { s[0] = +(x as number); mathSinScratch(); return s[0]!; } }.sin);
  if (mathCosScratch) replaceBuiltin(Math, 'cos', { cos(x: unknown): number { s[0] = +(x as number); mathCosScratch(); return s[0]!; } }.cos);
  if (mathTanScratch) replaceBuiltin(Math, 'tan', { tan(x: unknown): number { s[0] = +(x as number); mathTanScratch(); return s[0]!; } }.tan);
  if (mathLogScratch) replaceBuiltin(Math, 'log', { log(x: unknown): number { s[0] = +(x as number); mathLogScratch(); return s[0]!; } }.log);
  if (mathExpScratch) replaceBuiltin(Math, 'exp', { exp(x: unknown): number { s[0] = +(x as number); mathExpScratch(); return s[0]!; } }.exp);
  if (mathAtanScratch) replaceBuiltin(Math, 'atan', { atan(x: unknown): number { s[0] = +(x as number); mathAtanScratch(); return s[0]!; } }.atan);
  if (mathAsinScratch) replaceBuiltin(Math, 'asin', { asin(x: unknown): number { s[0] = +(x as number); mathAsinScratch(); return s[0]!; } }.asin);
  if (mathAcosScratch) replaceBuiltin(Math, 'acos', { acos(x: unknown): number { s[0] = +(x as number); mathAcosScratch(); return s[0]!; } }.acos);
  if (mathAtan2Scratch) {
    replaceBuiltin(Math, 'atan2', {
      atan2(y: unknown, x: unknown): number {
        const a = +(y as number);
        const b = +(x as number);
        s[0] = a;
        s[1] = b;
        mathAtan2Scratch();
        return s[0]!;
      },
    }.atan2);
  }
}
