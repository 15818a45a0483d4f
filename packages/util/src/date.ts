// Dates written as Node 0.10's V8 wrote them. Current engines differ in two ways that
// show in inspect output: the zone is a tz abbreviation there ("(UTC)", "(EST)") and a
// long name here ("(Coordinated Universal Time)"), and years are not padded there
// ("Jan 01 -1", not "Jan 01 -0001").

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

const MS_PER_DAY = 864e5;
// The last second a signed 32-bit time_t holds (2038-01-19T03:14:07Z), in ms.
const MAX_OS_TIME_MS = 2147483647000;

/** `Date.prototype.toString` as V8 3.14: `Thu Jan 01 1970 00:00:00 GMT+0000 (UTC)`. */
export function dateToString(d: Date): string {
  const t = d.getTime();
  if (t !== t) return 'Invalid Date';
  // V8 3.14's local time: today's standard offset, plus one hour when the C library says
  // daylight saving time is in effect. Times the C library cannot represent (before 1970,
  // after 2038) are asked about in an equivalent year (ES5 15.9.1.9: same leap-ness, same
  // weekday on 1 January, within 2008–2035). So old dates get no local mean time, and a
  // zone that changed its standard offset prints today's.
  const probe = t < 0 || t > MAX_OS_TIME_MS ? new Date(equivalentTime(t)) : d;
  const offset = standardOffsetNow() + (inDaylightTime(probe) ? 60 : 0);
  // Local fields by arithmetic: near the ends of the Date range (±8.64e15 ms) the local
  // time is outside what a Date can hold, and V8 3.14 printed it anyway.
  const local = fields(t + offset * 60000);
  const abs = Math.abs(offset);
  return (
    DAYS[local.weekDay] + ' ' + MONTHS[local.month] + ' ' + pad2(local.day) + ' ' + local.year + ' ' +
    pad2(local.hours) + ':' + pad2(local.minutes) + ':' + pad2(local.seconds) +
    ' GMT' + (offset < 0 ? '-' : '+') + pad2(Math.floor(abs / 60)) + pad2(abs % 60) +
    ' (' + zoneAbbreviation(new Date(equivalentTime(t))) + ')'
  );
}

interface Fields {
  year: number;
  month: number;
  day: number;
  weekDay: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Calendar fields of a time value (ms since the epoch, proleptic Gregorian, UTC). */
function fields(ms: number): Fields {
  const days = Math.floor(ms / MS_PER_DAY);
  const inDay = ms - days * MS_PER_DAY;
  // Civil date from a day count, in 400-year eras starting on 0000-03-01.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 2 : mp - 10;
  return {
    year: yoe + era * 400 + (month < 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
    weekDay: (((days + 4) % 7) + 7) % 7,
    hours: Math.floor(inDay / 3600000),
    minutes: Math.floor(inDay / 60000) % 60,
    seconds: Math.floor(inDay / 1000) % 60,
  };
}

let standardNow: number | undefined;

// Minutes east of UTC outside daylight saving time, this year.
function standardOffsetNow(): number {
  if (standardNow === undefined) standardNow = standardOffset(new Date().getFullYear());
  return standardNow;
}

function standardOffset(year: number): number {
  const jan = new Date(0);
  jan.setFullYear(year, 0, 1);
  const jul = new Date(0);
  jul.setFullYear(year, 6, 1);
  return Math.min(-jan.getTimezoneOffset(), -jul.getTimezoneOffset());
}

function inDaylightTime(d: Date): boolean {
  return -d.getTimezoneOffset() > standardOffset(d.getFullYear());
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysFromYearMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 1);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

function equivalentYear(year: number): number {
  const weekDay = ((daysFromYearMonth(year, 0) + 4) % 7 + 7) % 7; // 1970-01-01 was a Thursday
  const recent = (isLeap(year) ? 1956 : 1967) + (weekDay * 12) % 28;
  return 2008 + (recent + 3 * 28 - 2008) % 28;
}

function equivalentTime(t: number): number {
  const days = Math.floor(t / MS_PER_DAY);
  const withinDay = t - days * MS_PER_DAY;
  const d = new Date(t);
  const newDays = daysFromYearMonth(equivalentYear(d.getUTCFullYear()), d.getUTCMonth()) + d.getUTCDate() - 1;
  return newDays * MS_PER_DAY + withinDay;
}

/** `Date.prototype.toUTCString` as V8 3.14: `Thu, 01 Jan 1970 00:00:00 GMT`. */
export function dateToUTCString(d: Date): string {
  const t = d.getTime();
  if (t !== t) return 'Invalid Date';
  return (
    DAYS[d.getUTCDay()] + ', ' + pad2(d.getUTCDate()) + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear() + ' ' +
    pad2(d.getUTCHours()) + ':' + pad2(d.getUTCMinutes()) + ':' + pad2(d.getUTCSeconds()) + ' GMT'
  );
}

let shortZone: Intl.DateTimeFormat | null | undefined;
let longZone: Intl.DateTimeFormat | null | undefined;
let zoneId = '';

function zonePart(fmt: Intl.DateTimeFormat, d: Date): string {
  const part = fmt.formatToParts(d).find((p) => p.type === 'timeZoneName');
  return part ? part.value : '';
}

// V8 3.14 printed the C library's abbreviation (tzdata) of the zone at an equivalent time (the
// same calendar in a year of 2008-2035: 2013 asks about 2019, 2026 about 2015; the offset shown
// is another matter, see above), so Europe/Istanbul printed (+03) for 2013 and (EET) for 2026.
// Intl gives the abbreviation for UTC and the US zones ("EST"); elsewhere its long name says
// which of tzdata's lettered abbreviations applies, and the other zones have numeric ones
// ("+03", "-0430": tzdata's since 2017) from the offset there and then.
const LETTERED: Record<string, string> = {
  'Greenwich Mean Time': 'GMT', 'British Summer Time': 'BST', 'Irish Standard Time': 'IST',
  'Western European Standard Time': 'WET', 'Western European Summer Time': 'WEST',
  'Central European Standard Time': 'CET', 'Central European Summer Time': 'CEST',
  'Eastern European Standard Time': 'EET', 'Eastern European Summer Time': 'EEST',
  'Moscow Standard Time': 'MSK', 'Moscow Summer Time': 'MSD',
  'Israel Standard Time': 'IST', 'Israel Daylight Time': 'IDT', 'India Standard Time': 'IST',
  'Pakistan Standard Time': 'PKT', 'Pakistan Summer Time': 'PKST',
  'China Standard Time': 'CST', 'China Daylight Time': 'CDT', 'Taiwan Standard Time': 'CST', 'Taiwan Daylight Time': 'CDT',
  'Hong Kong Standard Time': 'HKT', 'Hong Kong Summer Time': 'HKST',
  'Japan Standard Time': 'JST', 'Korean Standard Time': 'KST', 'Philippine Standard Time': 'PST',
  'Western Indonesia Time': 'WIB', 'Central Indonesia Time': 'WITA', 'Eastern Indonesia Time': 'WIT',
  'Australian Western Standard Time': 'AWST', 'Australian Central Standard Time': 'ACST', 'Australian Central Daylight Time': 'ACDT',
  'Australian Eastern Standard Time': 'AEST', 'Australian Eastern Daylight Time': 'AEDT',
  'New Zealand Standard Time': 'NZST', 'New Zealand Daylight Time': 'NZDT',
  'Chamorro Standard Time': 'ChST', 'Samoa Standard Time': 'SST', 'Hawaii-Aleutian Standard Time': 'HST',
  'Central Africa Time': 'CAT', 'East Africa Time': 'EAT', 'West Africa Time': 'WAT', 'West Africa Standard Time': 'WAT', 'West Africa Summer Time': 'WAST',
  'South Africa Standard Time': 'SAST',
  'Atlantic Standard Time': 'AST', 'Atlantic Daylight Time': 'ADT',
  'Newfoundland Standard Time': 'NST', 'Newfoundland Daylight Time': 'NDT',
  'Cuba Standard Time': 'CST', 'Cuba Daylight Time': 'CDT',
};
// Zones whose Intl long name is a lettered one that tzdata does not use for them.
const NUMERIC_ZONES = new Set(['Europe/Minsk', 'Africa/Casablanca', 'Africa/El_Aaiun']);

function zoneAbbreviation(d: Date): string {
  const offset = -d.getTimezoneOffset();
  if (shortZone === undefined) {
    try {
      // (The n10 runtime hides Intl from 0.10 programs and keeps it under this symbol.)
      const intl = (globalThis as unknown as Record<symbol, typeof Intl | undefined>)[Symbol.for('n10.intl')] ?? Intl;
      shortZone = new intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
      longZone = new intl.DateTimeFormat('en-US', { timeZoneName: 'long' });
      zoneId = shortZone.resolvedOptions().timeZone;
    } catch {
      shortZone = longZone = null;
    }
  }
  if (!shortZone || !longZone) return numericZone(offset);
  const short = zonePart(shortZone, d);
  if (short && !/^GMT[+-]/.test(short)) return short;
  const lettered = NUMERIC_ZONES.has(zoneId) ? undefined : LETTERED[zonePart(longZone, d)];
  return lettered ?? numericZone(offset);
}

// tzdata's name for a zone without letters: "+03", "+0530".
function numericZone(offset: number): string {
  const abs = Math.abs(offset);
  const m = abs % 60;
  return (offset < 0 ? '-' : '+') + pad2(Math.floor(abs / 60)) + (m ? pad2(m) : '');
}
