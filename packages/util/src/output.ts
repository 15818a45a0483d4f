// 0.10's synchronous printers: print, puts, debug, error, log, and the deprecated p.
// They read `arguments` so that their lengths match 0.10's (print.length === 0, …).
import { MONTHS, pad2 } from './date';
import deprecate from './deprecate';
import inspect from './inspect';
import { writeTo } from './host';

// The util module object (index.ts binds it): 0.10's log called exports.puts and p called
// exports.inspect, which a program may replace. Used alone, these call their own.
let utilModule: { puts(line: string): void; inspect(value: unknown): string } | null = null;
export function bindOutputModule(m: typeof utilModule): void {
  utilModule = m;
}

/** Writes each argument, as a string, to stdout; no separators, no newline. */
export const print: (...args: unknown[]) => void = function () {
  for (let i = 0; i < arguments.length; i++) writeTo('stdout', String(arguments[i]));
};

/** Writes each argument to stdout followed by a newline. */
export const puts: (...args: unknown[]) => void = function () {
  for (let i = 0; i < arguments.length; i++) writeTo('stdout', arguments[i] + '\n');
};

/** Writes `DEBUG: <x>` to stderr. */
export const debug = function (x: unknown): void {
  writeTo('stderr', 'DEBUG: ' + x + '\n');
};

/** Writes each argument to stderr followed by a newline. */
export const error: (x?: unknown, ...more: unknown[]) => void = function (x?: unknown) {
  for (let i = 0; i < arguments.length; i++) writeTo('stderr', (i ? arguments[i] : x) + '\n');
};

// `24 Nov 08:15:45`: local time, day not padded.
function timestamp(): string {
  const d = new Date();
  const time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds());
  return d.getDate() + ' ' + MONTHS[d.getMonth()] + ' ' + time;
}

/** Writes `<timestamp> - <msg>` to stdout. */
export const log = function (msg: { toString(): string }): void {
  const line = timestamp() + ' - ' + msg.toString();
  if (utilModule) utilModule.puts(line);
  else puts(line);
};

/** Deprecated: inspects each argument to stderr. */
export const p: (...args: unknown[]) => void = deprecate(function () {
  for (let i = 0; i < arguments.length; i++) error(utilModule ? utilModule.inspect(arguments[i]) : inspect(arguments[i]));
}, 'util.p: Use console.error() instead.');
