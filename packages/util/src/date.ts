// Dates written as Node 0.10's V8 wrote them. Current engines differ in two ways that
// show in inspect output: the zone is a tz abbreviation there ("(UTC)", "(EST)") and a
// long name here ("(Coordinated Universal Time)"), and years are not padded there
// ("Jan 01 -1", not "Jan 01 -0001").

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** `Date.prototype.toString` as V8 3.14: `Thu Jan 01 1970 00:00:00 GMT+0000 (UTC)`. */
export function dateToString(d: Date): string {
  const t = d.getTime();
  if (t !== t) return 'Invalid Date';
  const offset = -d.getTimezoneOffset();
  const abs = Math.abs(offset);
  return (
    DAYS[d.getDay()] + ' ' + MONTHS[d.getMonth()] + ' ' + pad2(d.getDate()) + ' ' + d.getFullYear() + ' ' +
    pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds()) +
    ' GMT' + (offset < 0 ? '-' : '+') + pad2(Math.floor(abs / 60)) + pad2(abs % 60) +
    ' (' + zoneAbbreviation(d, offset) + ')'
  );
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

function zonePart(fmt: Intl.DateTimeFormat, d: Date): string {
  const part = fmt.formatToParts(d).find((p) => p.type === 'timeZoneName');
  return part ? part.value : '';
}

// V8 3.14 printed the C library's abbreviation (tzdata). Intl gives it for UTC and the US
// zones; elsewhere it says "GMT+1", and the abbreviation is rebuilt from the long name
// ("Central European Summer Time" → CEST), which matches tzdata for the common zones.
function zoneAbbreviation(d: Date, offset: number): string {
  if (shortZone === undefined) {
    try {
      shortZone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
      longZone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'long' });
    } catch {
      shortZone = longZone = null;
    }
  }
  if (!shortZone || !longZone) return numericZone(offset);
  const short = zonePart(shortZone, d);
  if (short && !/^GMT[+-]/.test(short)) return short;
  const long = zonePart(longZone, d);
  if (!long || /^GMT/.test(long)) return numericZone(offset);
  const words = long.split(/\s+/).filter((w) => !(w === 'Standard' && /European/.test(long)));
  return words.map((w) => w[0]).join('').toUpperCase();
}

// tzdata's name for a zone without letters: "+03", "+0530".
function numericZone(offset: number): string {
  const abs = Math.abs(offset);
  const m = abs % 60;
  return (offset < 0 ? '-' : '+') + pad2(Math.floor(abs / 60)) + (m ? pad2(m) : '');
}
