// Number#toString(radix), #toFixed, #toExponential and #toPrecision as node 0.10's engine
// (V8 3.14) had them.
//
// toString with a radix other than 10 wrote the integer part by repeated division (taking the
// remainder of the unfloored quotient as the digit) and the fraction by repeated
// multiplication, up to 1099 digits, stopping only when the fraction ran out: (0.1).toString(3)
// was 1099 digits long and Math.random().toString(36) about a dozen more than today; integers
// past 2^53 came out with other low digits ((1e21).toString(36) "5v1j4f4ds7c4ks", today
// "5v1j4f4ds7c000"). Safe integers come out the same either way, so they keep the engine's
// routine. A receiver that is not a number threw "Number.prototype.toString is not generic".
//
// toFixed and toExponential took 0..20 digits and toPrecision 1..21 (today 0..100 and 1..100),
// checking the argument before looking at the number (so (NaN).toFixed(25) threw), with
// "toFixed() digits argument must be between 0 and 20" and the like. They were generic: the
// receiver went through ToNumber after the argument ('1.5' gave "2"), only null and undefined
// threw ("Number.prototype.toFixed called on null or undefined"). toPrecision() with no
// argument gave ToString of the receiver as it was.
import { replaceBuiltin } from './native-functions';

const proto = Number.prototype;
const engineToString = proto.toString;
const engineToFixed = proto.toFixed;
const engineToExponential = proto.toExponential;
const engineToPrecision = proto.toPrecision;
const engineValueOf = proto.valueOf;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

function toInteger(value: unknown): number {
  const n = +(value as number);
  if (n !== n) return 0;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

function radixString(value: number, radix: number): string {
  const negative = value < 0;
  if (negative) value = -value;
  let whole = Math.floor(value);
  let fraction = value - whole;
  let head = '';
  do {
    head = DIGITS.charAt(Math.floor(whole % radix)) + head;
    whole /= radix;
  } while (whole >= 1);
  if (negative) head = '-' + head;
  if (!(fraction > 0)) return head;
  let tail = '';
  for (let n = 0; fraction > 0 && n < 1099; n++) {
    fraction *= radix;
    const digit = Math.floor(fraction);
    tail += DIGITS.charAt(digit);
    fraction -= digit;
  }
  return head + '.' + tail;
}

function toString(this: unknown, radix?: unknown): string {
  let x: number;
  if (typeof this === 'number') x = this;
  else if (typeof this === 'object' && this !== null && isNumberObject(this)) x = engineValueOf.call(this);
  else throw new TypeError('Number.prototype.toString is not generic');
  if (radix === undefined) return engineToString.call(x);
  const r = toInteger(radix);
  // Radix 10, an out-of-range radix (the engine's RangeError), special values and safe integers.
  if (r === 10 || r < 2 || r > 36 || x !== x || x === Infinity || x === -Infinity) return engineToString.call(x, r);
  if (x % 1 === 0 && x <= 9007199254740992 && x >= -9007199254740992) return engineToString.call(x, r);
  return radixString(x, r);
}

function isNumberObject(value: object): boolean {
  try {
    engineValueOf.call(value);
    return true;
  } catch {
    return false;
  }
}

function receiver(value: unknown, name: string): number {
  if (value === null || value === undefined) throw new TypeError(`Number.prototype.${name} called on null or undefined`);
  return +(value as number);
}

function toFixed(this: unknown, fractionDigits?: unknown): string {
  const f = toInteger(fractionDigits);
  if (f < 0 || f > 20) throw new RangeError('toFixed() digits argument must be between 0 and 20');
  return engineToFixed.call(receiver(this, 'toFixed'), f);
}

function toExponential(this: unknown, fractionDigits?: unknown): string {
  let f: number | undefined;
  if (fractionDigits !== undefined) {
    f = toInteger(fractionDigits);
    if (f < 0 || f > 20) throw new RangeError('toExponential() argument must be between 0 and 20');
  }
  return engineToExponential.call(receiver(this, 'toExponential'), f);
}

function toPrecision(this: unknown, precision?: unknown): string {
  if (this === null || this === undefined) throw new TypeError('Number.prototype.toPrecision called on null or undefined');
  if (precision === undefined) return String(this);
  const p = toInteger(precision);
  if (p < 1 || p > 21) throw new RangeError('toPrecision() argument must be between 1 and 21');
  return engineToPrecision.call(+(this as number), p);
}

/** On `realm`'s builtins (the program's by default; a vm context's global for its own). */
export function installNumberFormat010(realm: typeof globalThis = globalThis): void {
  const target = realm.Number.prototype;
  replaceBuiltin(target, 'toString', toString);
  replaceBuiltin(target, 'toFixed', toFixed);
  replaceBuiltin(target, 'toExponential', toExponential);
  replaceBuiltin(target, 'toPrecision', toPrecision);
}
