// UCS-2 (JavaScript string units) <-> code points, as Punycode.js 1.2.0 (node 0.10) does it.
//
// Two 1.2.0 quirks are kept on purpose because 0.10 programs observe them: any surrogate
// (high or low) followed by a low surrogate is combined into one code point, and a surrogate
// followed by a non-low unit emits both units without re-examining the second one.

/** Splits a string into code points (surrogate pairs joined). */
export function ucs2decode(string: string): number[] {
  const output: number[] = [];
  const length = string.length;
  let i = 0;
  while (i < length) {
    const unit = string.charCodeAt(i++);
    if (unit < 0xd800 || unit > 0xdfff || i >= length) {
      output.push(unit);
      continue;
    }
    const next = string.charCodeAt(i++);
    if (next >= 0xdc00 && next <= 0xdfff) {
      output.push(((unit & 0x3ff) << 10) + (next & 0x3ff) + 0x10000);
    } else {
      output.push(unit, next);
    }
  }
  return output;
}

/**
 * Builds a string from code points; values above 0xFFFF become surrogate pairs.
 * Like 1.2.0 it converts the array in place (the caller's array ends up holding the
 * strings) and then calls its `join`, so holes become U+0000 and non-arrays throw.
 */
export function ucs2encode(codePoints: number[]): string {
  const units = codePoints as unknown as Array<number | string>;
  let k = units.length;
  while (k--) units[k] = toUnits(units[k] as number);
  return units.join('');
}

function toUnits(value: number): string {
  if (value > 0xffff) {
    const v = value - 0x10000;
    return String.fromCharCode(((v >>> 10) & 0x3ff) | 0xd800, 0xdc00 | (v & 0x3ff));
  }
  return String.fromCharCode(value);
}
