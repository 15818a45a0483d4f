// deepEqual as 0.10 decides it: == for primitives, Buffers byte by byte, Dates by time,
// RegExps by source and flags (and lastIndex), arguments only against arguments, the
// prototype ignored, own enumerable keys compared in sorted order. No cycle detection:
// two cyclic structures overflow the stack, as in 0.10.
import bufferModule from '@n10/buffer';
import util from '@n10/util';

type Indexed = Record<string, unknown> & { length: number };

const objectToString = Object.prototype.toString;

// Buffer.isBuffer, read at each call as 0.10's assert did: true for n10's Buffers and for
// foreign ones (a current Node's own, npm `buffer`'s), so a host Buffer and an n10 Buffer with
// the same bytes are deepEqual.
function isBuffer(value: unknown): boolean {
  return bufferModule.Buffer.isBuffer(value);
}

function isArguments(value: unknown): boolean {
  return objectToString.call(value) === '[object Arguments]';
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

export function isDeepEqual(actual: unknown, expected: unknown): boolean {
  if (actual === expected) return true;

  const actualBuffer = isBuffer(actual);
  const expectedBuffer = isBuffer(expected);
  if (actualBuffer && expectedBuffer) {
    const a = actual as Indexed;
    const b = expected as Indexed;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  // A 0.10 Buffer had `length`, `parent` and `offset` keys that no other object had.
  if (actualBuffer !== expectedBuffer) return false;

  if (util.isDate(actual) && util.isDate(expected)) return actual.getTime() === expected.getTime();

  if (util.isRegExp(actual) && util.isRegExp(expected)) {
    return (
      actual.source === expected.source &&
      actual.global === expected.global &&
      actual.multiline === expected.multiline &&
      actual.lastIndex === expected.lastIndex &&
      actual.ignoreCase === expected.ignoreCase
    );
  }

  if (typeof actual !== 'object' && typeof expected !== 'object') return actual == expected;

  return objEquiv(actual, expected);
}

function objEquiv(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  // The `prototype` property (functions' own), not the [[Prototype]]: that one is ignored.
  if ((a as { prototype?: unknown }).prototype !== (b as { prototype?: unknown }).prototype) return false;
  if (isArguments(a)) {
    if (!isArguments(b)) return false;
    return isDeepEqual(Array.prototype.slice.call(a), Array.prototype.slice.call(b));
  }
  // ES5's Object.keys threw on a primitive, which made the comparison false.
  if (isPrimitive(a) || isPrimitive(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  ka.sort();
  kb.sort();
  for (let i = ka.length - 1; i >= 0; i--) if (ka[i] !== kb[i]) return false;
  for (let i = ka.length - 1; i >= 0; i--) {
    const key = ka[i];
    if (!isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
