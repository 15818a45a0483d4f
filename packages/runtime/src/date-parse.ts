// Date string parsing, Date() and Date.UTC as node 0.10's engine (V8 3.14, ES5) had them.
//
// - An ISO date-time without an offset ("2012-01-01T10:00:00", "2012-01-01T10:00") was UTC, as
//   ES5 said; since ES2016 it is local time. Only the ISO grammar is concerned: date-only forms
//   were UTC then and now, and "2012-01-01 10:00:00" (a space) was and is local.
// - An ISO string with hour 24 was invalid (NaN), with or without an offset; today it is the
//   next day's midnight.
// - Date() called as a function gave the time as 0.10's Date#toString wrote it
//   ("... GMT+0000 (UTC)", see dates.ts): the engine's own Date() does not go through
//   Date.prototype.toString, so without this it says "(Coordinated Universal Time)".
// - Date.UTC with fewer than two arguments was NaN (today Date.UTC(2012) is 1 January 2012).
//
// Date itself is replaced by a function that builds the engine's dates (so they are real Date
// objects, instanceof and Object.prototype.toString as before), sharing its prototype and
// statics; only a string argument takes a detour, through parse below.
import { asNative, replaceBuiltin } from './native-functions';

// year, month, day, 'T', hour, minute, second, fraction, offset
const ISO = /^(?:[+-]\d{6}|\d{4})(?:-\d\d(?:-\d\d)?)?[Tt](\d\d):\d\d(?::\d\d(?:\.\d+)?)?([Zz]|[+-]\d\d:\d\d)?$/;

/** Date, Date.parse and Date.UTC as 0.10 had them, over the engine's Date of `realm` (the
 * program's, or a vm context's). */
function makeDate010(realm: typeof globalThis): DateConstructor {
  const EngineDate = realm.Date;
  const engineParse = EngineDate.parse;
  const engineUTC = EngineDate.UTC;

  function parseString(text: string): number {
    const c = text.charCodeAt(0);
    // Cheap rejection: the grammar starts with a digit or a sign.
    if (!((c >= 48 && c <= 57) || c === 43 || c === 45)) return engineParse(text);
    const m = ISO.exec(text);
    if (m === null) return engineParse(text);
    if (m[1] === '24') return NaN;
    return engineParse(m[2] === undefined ? text + 'Z' : text);
  }

  // One argument: a Date gives its time value; another object is first made primitive (valueOf,
  // then toString, as ES5's ToPrimitive without a hint), and a string is parsed.
  function timeValue(value: unknown): number {
    if (typeof value === 'string') return parseString(value);
    if (typeof value !== 'object' || value === null || value instanceof EngineDate) return value as number;
    const primitive = toPrimitive(value);
    return typeof primitive === 'string' ? parseString(primitive) : (primitive as number);
  }

  function toPrimitive(value: object): unknown {
    const o = value as { valueOf?: unknown; toString?: unknown };
    for (const method of [o.valueOf, o.toString]) {
      if (typeof method === 'function') {
        const result: unknown = method.call(value);
        if (result === null || (typeof result !== 'object' && typeof result !== 'function')) return result;
      }
    }
    throw new realm.TypeError('Cannot convert object to primitive value');
  }

  function parse(string: unknown): number {
    return parseString(String(string));
  }

  function UTC(year: unknown, month: unknown, ...rest: unknown[]): number {
    if (arguments.length < 2) {
      // The year was still converted (valueOf called) before the answer.
      if (arguments.length === 1) +(year as number);
      return NaN;
    }
    return engineUTC(year as number, month as number, ...(rest as number[]));
  }

  // The parameter list gives Date.length 7, as the engine's. (Own properties in 0.10's order:
  // UTC, parse, now.)
  function Date010(
    this: unknown,
    year?: unknown,
    month?: unknown,
    date?: unknown,
    hours?: unknown,
    minutes?: unknown,
    seconds?: unknown,
    ms?: unknown,
  ): Date | string {
    if (new.target === undefined) return new EngineDate().toString();
    const n = arguments.length;
    if (new.target === Date010) {
      // (The engine counts the arguments: an explicit undefined is NaN, a missing one a default.)
      type N = number;
      switch (n) {
        case 0: return new EngineDate();
        case 1: return new EngineDate(timeValue(year));
        case 2: return new EngineDate(year as N, month as N);
        case 3: return new EngineDate(year as N, month as N, date as N);
        case 4: return new EngineDate(year as N, month as N, date as N, hours as N);
        case 5: return new EngineDate(year as N, month as N, date as N, hours as N, minutes as N);
        case 6: return new EngineDate(year as N, month as N, date as N, hours as N, minutes as N, seconds as N);
        case 7: return new EngineDate(year as N, month as N, date as N, hours as N, minutes as N, seconds as N, ms as N);
      }
    }
    const args: unknown[] = Array.prototype.slice.call(arguments);
    if (n === 1) args[0] = timeValue(year);
    return Reflect.construct(EngineDate, args, new.target) as Date;
  }

  const replacement = asNative(Date010, 'Date');
  Object.defineProperty(replacement, 'name', { value: 'Date', configurable: true });
  Object.defineProperty(replacement, 'prototype', { value: EngineDate.prototype, writable: false, enumerable: false, configurable: false });
  Object.defineProperty(UTC, 'length', { value: 7, configurable: true });
  replaceBuiltin(replacement, 'UTC', UTC);
  replaceBuiltin(replacement, 'parse', parse);
  Object.defineProperty(replacement, 'now', { value: EngineDate.now, writable: true, enumerable: false, configurable: true });
  return replacement as unknown as DateConstructor;
}

/** Replaces `realm`'s Date (the program's by default; a vm context's global for its own). */
export function installDateParse010(realm: typeof globalThis = globalThis): void {
  const EngineDate = realm.Date;
  const replacement = makeDate010(realm);
  Object.defineProperty(EngineDate.prototype, 'constructor', { value: replacement, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(realm, 'Date', { value: replacement, writable: true, enumerable: false, configurable: true });
}
