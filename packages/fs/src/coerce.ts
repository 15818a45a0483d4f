// Argument coercions of 0.10's fs.js: modes and times.
import { SITES, sited } from './throw-sites';

/** A mode: a number as it is, a string as octal ('0644'), else the default (if any). */
export function modeNum(m: unknown, def?: number): number | undefined {
  switch (typeof m) {
    case 'number':
      return m;
    case 'string':
      return parseInt(m, 8);
    default:
      return def ? def : undefined;
  }
}

/** fs._toUnixTimestamp: seconds from a number (as it is) or a Date; anything else throws
 * Error('Cannot parse time: <time>') (a numeric string too). */
export function toUnixTimestamp(time: unknown): number {
  if (typeof time === 'number') return time;
  // 0.10 reads a Date in seconds, fractions kept.
  if (time instanceof Date) return time.getTime() / 1000;
  throw sited(new Error('Cannot parse time: ' + (time as string)), SITES.toUnixTimestamp);
}
