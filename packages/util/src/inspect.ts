// util.inspect, printing exactly what Node 0.10 prints: the same layout, line breaking,
// labels ([Getter], [Circular], [Object]) and quoting, for every value 0.10 can make.
//
// The layout rule, measured against 0.10: a container prints its entries on one line when
// the entries' lengths (colour codes included) plus one each add up to 60 or less, else
// one entry a line, indented by two. An entry whose value spans lines is indented under its
// key (objects) or in place (arrays).
import { dateToString, dateToUTCString } from './date';
import { functionName } from './function-name';
import { quote } from './quote';
import { isDate, isError, isNativeErrorPrototype, isRegExp } from './types';
import { shape010 } from './typed-arrays';
import { extend } from './inherits';

// The util module object (index.ts binds it): 0.10's inspect called exports._extend, which a
// program may replace. Used alone, inspect calls its own.
let utilModule: { _extend(origin: object, add: unknown): unknown } | null = null;
export function bindUtilModule(m: typeof utilModule): void {
  utilModule = m;
}

export interface InspectOptions {
  /** Show non-enumerable own properties too, as `[key]: value`. */
  showHidden?: boolean;
  /** How many levels to descend; `null` for no limit. Default 2. */
  depth?: number | null;
  /** Style the output with ANSI colour codes (see `inspect.styles`). */
  colors?: boolean;
  /** Call the objects' own `inspect(depth)` methods. Default true. */
  customInspect?: boolean;
  /** Any other option is copied onto the inspection context, as 0.10 does. */
  [option: string]: unknown;
}

export interface Inspect {
  (object: unknown, options?: InspectOptions | boolean, depth?: number | null, colors?: boolean): string;
  /** ANSI codes per colour name: [open, close]. */
  colors: Record<string, [number, number]>;
  /** Colour name per style: special, number, boolean, undefined, null, string, date, regexp. */
  styles: Record<string, string>;
}

interface Context {
  seen: unknown[];
  stylize(text: string, style: string): string;
  showHidden: boolean;
  depth: number | null;
  colors: boolean;
  customInspect: boolean;
  [option: string]: unknown;
}

type Keyed = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;
// Error.prototype.toString and RegExp.prototype.toString are looked up at each use, as 0.10
// did: a program that replaces one sees util.inspect print with its own.
const regExpText = (re: unknown): string => RegExp.prototype.toString.call(re);
const indexKey = /^\d+$/;
const bareKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function stylizeNoColor(text: string): string {
  return text;
}

function stylizeWithColor(text: string, style: string): string {
  const color = inspect.styles[style];
  if (!color) return text;
  const codes = inspect.colors[color];
  return '\u001b[' + codes[0] + 'm' + text + '\u001b[' + codes[1] + 'm';
}

// Declared with two parameters, as 0.10's (inspect.length === 2); the 0.8 signature
// inspect(obj, showHidden, depth, colors) still works through `arguments`.
function inspect(object: unknown, options?: InspectOptions | boolean): string {
  const ctx = { seen: [], stylize: stylizeNoColor } as unknown as Context;
  if (arguments.length >= 3) ctx.depth = arguments[2] as number | null;
  if (arguments.length >= 4) ctx.colors = arguments[3] as boolean;
  if (typeof options === 'boolean') ctx.showHidden = options;
  // Options merged by util._extend, looked up on the module as 0.10's exports._extend was: only
  // an object (an array too) is merged; a string, number or function is ignored.
  else if (options) (utilModule ? utilModule._extend(ctx, options) : extend(ctx, options));
  if (ctx.showHidden === undefined) ctx.showHidden = false;
  if (ctx.depth === undefined) ctx.depth = 2;
  if (ctx.colors === undefined) ctx.colors = false;
  if (ctx.customInspect === undefined) ctx.customInspect = true;
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  return formatValue(ctx, object, ctx.depth);
}

inspect.colors = {
  bold: [1, 22],
  italic: [3, 23],
  underline: [4, 24],
  inverse: [7, 27],
  white: [37, 39],
  grey: [90, 39],
  black: [30, 39],
  blue: [34, 39],
  cyan: [36, 39],
  green: [32, 39],
  magenta: [35, 39],
  red: [31, 39],
  yellow: [33, 39],
} as Record<string, [number, number]>;

inspect.styles = {
  special: 'cyan',
  number: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  date: 'magenta',
  // name: intentionally not styled
  regexp: 'red',
} as Record<string, string>;

export default inspect as Inspect;

function formatValue(ctx: Context, value: unknown, recurseTimes: number | null): string {
  // An object's own inspect(depth) wins, unless it is util.inspect itself or the value is
  // a prototype carrying the method for its instances.
  if (ctx.customInspect && value) {
    const custom = (value as { inspect?: unknown }).inspect;
    if (typeof custom === 'function' && custom !== inspect) {
      const ctor = (value as { constructor?: { prototype?: unknown } }).constructor;
      if (!(ctor && ctor.prototype === value)) return String(custom.call(value, recurseTimes));
    }
  }

  switch (typeof value) {
    case 'undefined':
      return ctx.stylize('undefined', 'undefined');
    case 'string':
      return ctx.stylize(quote(value), 'string');
    case 'number':
      return ctx.stylize('' + value, 'number');
    case 'boolean':
      return ctx.stylize('' + value, 'boolean');
    case 'symbol':
      return ctx.stylize(String(value), 'symbol');
    case 'bigint':
      return ctx.stylize(value + 'n', 'number');
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Typed arrays, ArrayBuffers and DataViews print as 0.10 saw them (typed-arrays.ts); the
  // value itself stays on the path, so a property leading back to it is [Circular].
  const shape = shape010(value as object);
  if (shape) {
    ctx.seen.push(value);
    try {
      return formatValue(ctx, shape, recurseTimes);
    } finally {
      ctx.seen.pop();
    }
  }

  const obj = value as Keyed;
  const visible = Object.keys(obj);
  const keys = ctx.showHidden ? hiddenKeys(obj) : visible;
  const hidden = ctx.showHidden ? new Set(visible) : null;
  const isFn = typeof value === 'function';

  if (keys.length === 0) {
    if (isFn) return ctx.stylize(functionLabel(value as Function), 'special');
    if (isRegExp(value)) return ctx.stylize(regExpText(value), 'regexp');
    if (isDate(value)) return ctx.stylize(dateToString(value), 'date');
    if (isError(value)) return errorLabel(value);
  }

  let base = '';
  const array = Array.isArray(value);
  if (isFn) base = ' ' + functionLabel(value as Function);
  if (isRegExp(value)) base = ' ' + regExpText(value);
  if (isDate(value)) base = ' ' + dateToUTCString(value);
  if (isError(value)) base = ' ' + errorLabel(value);

  if (keys.length === 0 && (!array || (value as unknown[]).length === 0)) {
    return array ? '[' + base + ']' : '{' + base + '}';
  }

  if (recurseTimes !== null && recurseTimes < 0) {
    if (isRegExp(value)) return ctx.stylize(regExpText(value), 'regexp');
    return ctx.stylize('[Object]', 'special');
  }

  ctx.seen.push(value);
  const output: string[] = [];
  if (array) {
    const list = value as unknown[];
    let own = 0;
    for (let i = 0, n = list.length; i < n; i++) {
      if (hasOwn.call(list, i)) {
        output.push(formatElement(ctx, list, recurseTimes, i));
        own++;
      } else {
        output.push('');
      }
    }
    // Own indices come first among the keys, in order; only the rest can be named
    // properties (and 0.10 skips any of those that look numeric, like '01').
    for (let i = own; i < keys.length; i++) {
      if (indexKey.test(keys[i]) || (keys[i] === 'groups' && isMatchGroups(obj))) continue;
      output.push(formatProperty(ctx, obj, recurseTimes, hidden, keys[i], true));
    }
  } else {
    for (let i = 0; i < keys.length; i++) output.push(formatProperty(ctx, obj, recurseTimes, hidden, keys[i], false));
  }
  ctx.seen.pop();

  return reduceToSingleString(output, base, array ? '[' : '{', array ? ']' : '}');
}

// A match result (exec, String#match) has had an own `groups` (undefined without named groups)
// since ES2018; 0.10's had only index and input, so console.log('abc'.match(/b/)) printed
// [ 'b', index: 1, input: 'abc' ].
function isMatchGroups(obj: Keyed): boolean {
  return obj.groups === undefined && hasOwn.call(obj, 'index') && hasOwn.call(obj, 'input');
}

// With showHidden, the own property names V8 3.14 gave Errors and RegExps: an Error had a
// `stack` accessor and `arguments`/`type` fields (undefined for errors made by programs)
// before its `message`; a RegExp had `source`, `global`, `ignoreCase`, `multiline` as own
// properties before `lastIndex`. Today's engines keep most of those on the prototype.
const ERROR_HIDDEN_010 = ['stack', 'arguments', 'type'];
const REGEXP_HIDDEN_010 = ['source', 'global', 'ignoreCase', 'multiline'];

function hiddenKeys(obj: object): string[] {
  const own = Object.getOwnPropertyNames(obj);
  let first: string[] | null = null;
  if (isError(obj) && !isNativeErrorPrototype(obj)) first = ERROR_HIDDEN_010;
  else if (isRegExp(obj)) first = REGEXP_HIDDEN_010;
  if (!first) return own;
  const rest = own.filter((key) => first!.indexOf(key) < 0);
  return first.concat(rest);
}

// An Error's `stack` was an accessor in V8 3.14 (printed [Getter/Setter]).
function accessorStack(): undefined {
  return undefined;
}

function functionLabel(fn: Function): string {
  const name = functionName(fn);
  return name ? '[Function: ' + name + ']' : '[Function]';
}

function errorLabel(err: Error): string {
  return '[' + Error.prototype.toString.call(err) + ']';
}

// The value part of a property: accessor labels, [Circular], or the value itself, indented
// under its key when it spans lines.
function formatEntryValue(ctx: Context, desc: PropertyDescriptor, recurseTimes: number | null, array: boolean): string {
  if (desc.get) return ctx.stylize(desc.set ? '[Getter/Setter]' : '[Getter]', 'special');
  if (desc.set) return ctx.stylize('[Setter]', 'special');
  const v = desc.value;
  // Only objects can be on the path being printed.
  if ((typeof v === 'object' || typeof v === 'function') && ctx.seen.indexOf(v) >= 0) return ctx.stylize('[Circular]', 'special');
  let str = formatValue(ctx, v, recurseTimes === null ? null : recurseTimes - 1);
  if (str.indexOf('\n') >= 0) {
    str = array ? str.split('\n').map((line) => '  ' + line).join('\n').slice(2)
      : '\n' + str.split('\n').map((line) => '   ' + line).join('\n');
  }
  return str;
}

// An array element (an own index): printed bare, or as [i] when it is not enumerable
// (0.10 prints every own index, enumerable or not, showHidden or not).
function formatElement(ctx: Context, list: unknown[], recurseTimes: number | null, i: number): string {
  const desc = Object.getOwnPropertyDescriptor(list, i) || { value: list[i], enumerable: true };
  const str = formatEntryValue(ctx, desc, recurseTimes, true);
  return desc.enumerable ? str : '[' + i + ']: ' + str;
}

function formatProperty(
  ctx: Context,
  obj: Keyed,
  recurseTimes: number | null,
  hidden: Set<string> | null,
  key: string,
  array: boolean,
): string {
  let desc = Object.getOwnPropertyDescriptor(obj, key) || { value: obj[key] };
  // V8 3.14's captured stacks (an Error's own, or Error.captureStackTrace(obj)'s) were
  // non-enumerable accessors: a hidden data `stack` is one of those today.
  if (key === 'stack' && hidden && !hidden.has(key) && !desc.get && !desc.set) desc = { get: accessorStack, set: accessorStack };
  const str = formatEntryValue(ctx, desc, recurseTimes, array);

  let name: string;
  if (hidden && !hidden.has(key)) name = '[' + key + ']';
  else {
    if (array && indexKey.test(key)) return str;
    name = bareKey.test(key) ? ctx.stylize(key, 'name') : ctx.stylize(quote(key), 'string');
  }
  return name + ': ' + str;
}

function reduceToSingleString(output: string[], base: string, open: string, close: string): string {
  let length = 0;
  for (let i = 0; i < output.length; i++) {
    // Colour codes count: coloured output breaks sooner in 0.10 too.
    length += output[i].length + 1;
  }
  if (length > 60) {
    return open + (base === '' ? '' : base + '\n ') + ' ' + output.join(',\n  ') + ' ' + close;
  }
  return open + base + ' ' + output.join(', ') + ' ' + close;
}
