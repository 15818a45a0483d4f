// 0.10's synchronous printers: print, puts, debug, error, log, and the deprecated p.
// They read `arguments` so that their lengths match 0.10's (print.length === 0, …).
import { MONTHS, pad2 } from './date';
import deprecate from './deprecate';
import inspect from './inspect';
import { writeTo } from './host';
import { sited, sitedConversion } from './sites';

// 0.10's util.js lines where these converted their arguments (an uncaught failure shows them).
const PRINT_LINE = '    process.stdout.write(String(arguments[i]));';
const PUTS_LINE = "    process.stdout.write(arguments[i] + '\\n');";
const DEBUG_LINE = "  process.stderr.write('DEBUG: ' + x + '\\n');";
const ERROR_LINE = "    process.stderr.write(arguments[i] + '\\n');";
const LOG_LINE = "  exports.puts(timestamp() + ' - ' + msg.toString());";

// `x + '\n'` of an object whose conversion fails: 0.10's TypeError, sited at that line.
function line(x: unknown, lineNo: number, text: string, col: number): string {
  if (x === null || typeof x !== 'object') return x + '\n';
  try {
    return x + '\n';
  } catch (err) {
    throw sitedConversion(err, lineNo, text, col);
  }
}

// The util module object (index.ts binds it): 0.10's log called exports.puts and p called
// exports.inspect, which a program may replace. Used alone, these call their own.
let utilModule: { puts(line: string): void; inspect(value: unknown): string } | null = null;
export function bindOutputModule(m: typeof utilModule): void {
  utilModule = m;
}

/** Writes each argument, as a string, to stdout; no separators, no newline. */
export const print: (...args: unknown[]) => void = function () {
  for (let i = 0; i < arguments.length; i++) {
    const x: unknown = arguments[i];
    let text: string;
    try {
      text = String(x);
    } catch (err) {
      throw sitedConversion(err, 86, PRINT_LINE, 25);
    }
    writeTo('stdout', text);
  }
};

/** Writes each argument to stdout followed by a newline. */
export const puts: (...args: unknown[]) => void = function () {
  for (let i = 0; i < arguments.length; i++) writeTo('stdout', line(arguments[i], 93, PUTS_LINE, 38));
};

/** Writes `DEBUG: <x>` to stderr. */
export const debug = function (x: unknown): void {
  writeTo('stderr', 'DEBUG: ' + line(x, 99, DEBUG_LINE, 33));
};

/** Writes each argument to stderr followed by a newline. */
export const error: (x?: unknown, ...more: unknown[]) => void = function (x?: unknown) {
  for (let i = 0; i < arguments.length; i++) writeTo('stderr', line(i ? arguments[i] : x, 105, ERROR_LINE, 38));
};

// `24 Nov 08:15:45`: local time, day not padded.
function timestamp(): string {
  const d = new Date();
  const time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds());
  return d.getDate() + ' ' + MONTHS[d.getMonth()] + ' ' + time;
}

/** Writes `<timestamp> - <msg>` to stdout. */
export const log = function (msg: { toString(): string }): void {
  // 0.10 called msg.toString(): V8 3.14's TypeError when it cannot be called.
  if (msg === null || msg === undefined) throw sited(new TypeError(`Cannot call method 'toString' of ${msg}`), 491, LOG_LINE, 41);
  if (typeof msg.toString !== 'function') {
    const m = 'toString' in Object(msg) ? "Property 'toString' of object object is not a function" : "Object object has no method 'toString'";
    throw sited(new TypeError(m), 491, LOG_LINE, 41);
  }
  const text = timestamp() + ' - ' + msg.toString();
  if (utilModule) utilModule.puts(text);
  else puts(text);
};

/** Deprecated: inspects each argument to stderr. */
export const p: (...args: unknown[]) => void = deprecate(function () {
  for (let i = 0; i < arguments.length; i++) error(utilModule ? utilModule.inspect(arguments[i]) : inspect(arguments[i]));
}, 'util.p: Use console.error() instead.');
