// Date#toString, #toUTCString and #toGMTString as node 0.10's V8 wrote them ("(UTC)", not
// "(Coordinated Universal Time)"; unpadded years), so that '' + date, %s and util.inspect
// print what 0.10 printed. The formatter (@n10/util/internal) loads on the first call.
// #toTimeString and the locale forms follow from toString's parts: that V8 was built without
// ICU, so toLocaleString was toString, toLocaleDateString "Saturday, October 05, 2013" and
// toLocaleTimeString "07:08:09", whatever the locale.
import { asNative } from './native-functions';

type DateFormatters = { dateToString(d: Date): string; dateToUTCString(d: Date): string };

let formatters: DateFormatters | undefined;
const load = (): DateFormatters => (formatters ??= require('@n10/util/internal') as DateFormatters);

type Replaced = 'toString' | 'toUTCString' | 'toGMTString' | 'toTimeString' | 'toLocaleString' | 'toLocaleDateString' | 'toLocaleTimeString';

function replace(proto: Date, name: Replaced, fn: (this: Date) => string): void {
  const original = Object.getOwnPropertyDescriptor(proto, name);
  Object.defineProperty(proto, name, {
    value: asNative(fn, name),
    writable: original ? original.writable : true,
    enumerable: false,
    configurable: true,
  });
}

/** On `realm`'s Date.prototype (the program's by default; a vm context's global for its own). */
export function installDates010(realm: typeof globalThis = globalThis): void {
  const proto = realm.Date.prototype;
  const thisTime = proto.getTime;
  // A non-Date receiver throws the engine's TypeError, as before.
  replace(proto, 'toString', function toString(this: Date) {
    thisTime.call(this);
    return load().dateToString(this);
  });
  replace(proto, 'toUTCString', function toUTCString(this: Date) {
    thisTime.call(this);
    return load().dateToUTCString(this);
  });
  // V8 3.14 had its own function for toGMTString (today's engines share one).
  replace(proto, 'toGMTString', function toGMTString(this: Date) {
    thisTime.call(this);
    return load().dateToUTCString(this);
  });
  replace(proto, 'toTimeString', function toTimeString(this: Date) {
    thisTime.call(this);
    const parts = localParts(this);
    return parts ? parts.slice(4).join(' ') : 'Invalid Date';
  });
  replace(proto, 'toLocaleString', function toLocaleString(this: Date) {
    thisTime.call(this);
    return load().dateToString(this);
  });
  replace(proto, 'toLocaleDateString', function toLocaleDateString(this: Date) {
    thisTime.call(this);
    const parts = localParts(this);
    if (!parts) return 'Invalid Date';
    const [day, month, date, year] = parts;
    return `${LONG_DAYS[SHORT_DAYS.indexOf(day)]}, ${LONG_MONTHS[SHORT_MONTHS.indexOf(month)]} ${date}, ${year}`;
  });
  replace(proto, 'toLocaleTimeString', function toLocaleTimeString(this: Date) {
    thisTime.call(this);
    const parts = localParts(this);
    return parts ? parts[4] : 'Invalid Date';
  });
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// toString's words, "Sat Oct 05 2013 07:08:09 GMT+0000 (UTC)" split at its spaces (V8 3.14's
// local time rules live in that formatter), or null for an invalid date.
function localParts(d: Date): string[] | null {
  const text = load().dateToString(d);
  return text === 'Invalid Date' ? null : text.split(' ');
}
