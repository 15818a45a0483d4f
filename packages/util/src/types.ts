// Type tests as 0.10 makes them: by the internal class tag, not by prototype, so values
// from another realm (a vm context) are recognised too.

const objectToString = Object.prototype.toString;

export function tagOf(value: unknown): string {
  return objectToString.call(value);
}

export function isArray(ar: unknown): ar is unknown[] {
  return Array.isArray(ar);
}

export function isRegExp(re: unknown): re is RegExp {
  return typeof re === 'object' && re !== null && objectToString.call(re) === '[object RegExp]';
}

export function isDate(d: unknown): d is Date {
  return typeof d === 'object' && d !== null && objectToString.call(d) === '[object Date]';
}

export function isError(e: unknown): e is Error {
  return typeof e === 'object' && e !== null && objectToString.call(e) === '[object Error]';
}
