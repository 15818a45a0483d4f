// String#localeCompare and Number#toLocaleString as node 0.10 had them: its V8 was built
// without ICU, so a locale comparison compared UTF-16 code units (answering the difference of
// the first two that differ, else of the lengths) and a number's locale form was its
// toString(). Today's engine collates ('a' before 'B') and groups digits ("1,234.5").
// (Date's locale forms are in dates.ts.)
import { replaceBuiltin } from './native-functions';

function localeCompare(this: unknown, that: unknown): number {
  if (this === null || this === undefined) throw new TypeError('String.prototype.localeCompare called on null or undefined');
  // (No argument at all compared as equal.)
  if (arguments.length === 0) return 0;
  const a = String(this);
  const b = String(that);
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function toLocaleString(this: unknown): string {
  if (this === null || this === undefined) throw new TypeError('Number.prototype.toLocaleString called on null or undefined');
  return (this as { toString(): string }).toString();
}

/** On `realm`'s builtins (the program's by default; a vm context's global for its own). */
export function installLocale010(realm: typeof globalThis = globalThis): void {
  replaceBuiltin(realm.String.prototype, 'localeCompare', localeCompare);
  replaceBuiltin(realm.Number.prototype, 'toLocaleString', toLocaleString);
}
