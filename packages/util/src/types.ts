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

// In V8 3.14 the native error prototypes (Error.prototype, TypeError.prototype, …) had the
// class tag "Error" themselves, so 0.10's isError and inspect treated them as errors
// (`util.inspect(Error.prototype)` is '[Error]'); today's engines tag them as plain objects.
const NATIVE_ERROR_PROTOTYPES: readonly object[] = [
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
].map((E) => E.prototype as object);

export function isNativeErrorPrototype(e: unknown): boolean {
  return NATIVE_ERROR_PROTOTYPES.indexOf(e as object) >= 0;
}

export function isError(e: unknown): e is Error {
  return typeof e === 'object' && e !== null &&
    (objectToString.call(e) === '[object Error]' || isNativeErrorPrototype(e));
}
