// Which throw statement of a program threw a value.
//
// 0.10 printed an uncaught exception after the line of the throw that threw it, a caret under
// V8 3.14's position for it (throw-caret.ts): `if (err) throw err;` showed that line, whatever
// made the error, and `throw 'a string'` too. The engine today hands the runtime only the
// value. So each throw of a program's source assigns its value to a numbered slot of a global
// first (program-edits.ts: `throw __n10thrown[7]= err;`), a setter that keeps the last value
// thrown with its throw's number; a catch clause of the program forgets it.

/** A throw statement of a program's source: its keyword's and its expression's offsets. */
export interface ThrowStatement {
  file: string;
  keyword: number;
  expression: number;
}

const THROWN = '__n10thrown';
const statements: ThrowStatement[] = [];
const NOTHING = {};
let lastValue: unknown = NOTHING;
let lastStatement = -1;

// The slots: one setter a statement (cheaper than a Proxy's trap on every throw).
const slots: Record<number, unknown> = Object.create(null);

/** Numbers a throw statement of `file`'s source. */
export function registerThrow(file: string, keyword: number, expression: number): number {
  const id = statements.push({ file, keyword, expression }) - 1;
  Object.defineProperty(slots, id, {
    set(value: unknown) {
      lastValue = value;
      lastStatement = id;
    },
  });
  return id;
}

/** The throw statement that threw `value` last, if a program's throw did and nothing caught it since. */
export function thrownBy(value: unknown): ThrowStatement | undefined {
  return lastStatement >= 0 && Object.is(lastValue, value) ? statements[lastStatement] : undefined;
}

/** A catch clause of the program took `value`: its throw is no longer where it went uncaught. */
export function forgetThrown(value: unknown): void {
  if (Object.is(lastValue, value)) {
    lastValue = NOTHING;
    lastStatement = -1;
  }
  if (Object.is(boundPassage, value)) boundPassage = NOTHING;
  if (Object.is(boundLooked, value)) boundLooked = NOTHING;
}

// The last value to leave a bound function by an exception that then went through one of
// 0.10's try…finally blocks (bound-functions.ts): 0.10 had lost its message, and showed no site
// for it, unless the program caught it and threw it again.
let boundPassage: unknown = NOTHING;
// The value last looked at as it left a bound function: decided at the innermost one (an outer
// one has no frame above it that the inner one had not).
let boundLooked: unknown = NOTHING;

/** Whether `value`, leaving a bound function, is to be looked at (it was not, since thrown). */
export function firstBoundPassage(value: unknown): boolean {
  if (Object.is(boundLooked, value)) return false;
  boundLooked = value;
  return true;
}

export function noteBoundPassage(value: unknown): void {
  boundPassage = value;
}

/** Whether `value` last went through a bound function, not thrown again by the program since. */
export function passedBound(value: unknown): boolean {
  return Object.is(boundPassage, value);
}

/**
 * Puts a name the runtime's added code uses (program-edits.ts) where the program's global scope
 * finds it but no listing of the global object shows it: on the global object's own prototype,
 * so that Object.getOwnPropertyNames(global) stays 0.10's.
 */
export function defineEditGlobal(realm: typeof globalThis, name: string, value: unknown): void {
  const holder = (Object.getPrototypeOf(realm) as object | null) ?? realm;
  Object.defineProperty(holder, name, { value, writable: false, enumerable: false, configurable: false });
}

/** The slots the throws assign to. */
export function installThrown(realm: typeof globalThis): void {
  defineEditGlobal(realm, THROWN, slots);
}
