// Date#toString, #toUTCString and #toGMTString as node 0.10's V8 wrote them ("(UTC)", not
// "(Coordinated Universal Time)"; unpadded years), so that '' + date, %s and util.inspect
// print what 0.10 printed. The formatter (@n10/util/internal) loads on the first call.
type DateFormatters = { dateToString(d: Date): string; dateToUTCString(d: Date): string };

let formatters: DateFormatters | undefined;
const load = (): DateFormatters => (formatters ??= require('@n10/util/internal') as DateFormatters);

function replace(name: 'toString' | 'toUTCString' | 'toGMTString', fn: (this: Date) => string): void {
  const original = Object.getOwnPropertyDescriptor(Date.prototype, name);
  Object.defineProperty(Date.prototype, name, {
    value: fn,
    writable: original ? original.writable : true,
    enumerable: false,
    configurable: true,
  });
}

export function installDates010(): void {
  const thisTime = Date.prototype.getTime;
  // A non-Date receiver throws the engine's TypeError, as before.
  replace('toString', function toString(this: Date) {
    thisTime.call(this);
    return load().dateToString(this);
  });
  replace('toUTCString', function toUTCString(this: Date) {
    thisTime.call(this);
    return load().dateToUTCString(this);
  });
  // V8 3.14 had its own function for toGMTString (today's engines share one).
  replace('toGMTString', function toGMTString(this: Date) {
    thisTime.call(this);
    return load().dateToUTCString(this);
  });
}
