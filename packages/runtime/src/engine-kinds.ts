// The `arguments` and `type` V8 3.14 gave the errors the engine itself made.
//
// 0.10's engine errors (a TypeError for `null.x`, a ReferenceError for an undeclared name, JSON's
// SyntaxErrors, a RangeError for an invalid array length…) had two own non-enumerable data
// properties before their message: `type`, the name of the engine's message template
// ('non_object_property_load'), and `arguments`, the values it filled in (['x', null]). Test
// tools print them (tap 0.4 prints `type`; vows lists both; util.inspect with showHidden shows
// them). Today's engine makes neither; the runtime knows the kind from the message in 0.10's
// words (engine-messages.ts) and adds them, in 0.10's order: stack, arguments, type, message.

/** An engine error's kind: V8 3.14's message template name and the values it filled in. */
export interface EngineKind {
  type: string;
  args: unknown[];
}

// A property key as the engine passed it: an array index as a number.
function key(text: string): string | number {
  return /^(?:0|[1-9]\d{0,8})$/.test(text) ? Number(text) : text;
}
// A primitive the message printed (the engine passed the value itself).
export function printed(text: string): unknown {
  if (text === 'undefined') return undefined;
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  return text !== '' && String(Number(text)) === text ? Number(text) : text;
}
const nil = (word: string): null | undefined => (word === 'null' ? null : undefined);

type Maker = (m: RegExpExecArray, receiver: unknown) => unknown[];
const TYPE_KINDS: [RegExp, string, Maker][] = [
  [/^Cannot read property '([^]*)' of (undefined|null)$/, 'non_object_property_load', (m) => [key(m[1]), nil(m[2])]],
  [/^Cannot set property '([^]*)' of (undefined|null)$/, 'non_object_property_store', (m) => [key(m[1]), nil(m[2])]],
  [/^Cannot call method '([^]*)' of (undefined|null)$/, 'non_object_property_call', (m) => [key(m[1]), nil(m[2])]],
  [/^Object [^]* has no method '([^]*)'$/, 'undefined_method', (m, receiver) => [key(m[1]), receiver]],
  [/^Property '([^]*)' of object [^]* is not a function$/, 'property_not_function', (m, receiver) => [key(m[1]), receiver]],
  [/^(undefined|object|number|string|boolean) is not a function$/, 'called_non_callable', (m) => [m[1]]],
  // (A builtin's callback: the value itself.)
  [/^(-?\d[\d.e+-]*|NaN|Infinity|true|false|null) is not a function$/, 'called_non_callable', (m) => [printed(m[1])]],
  [/^Object prototype may only be an Object or null$/, 'proto_object_or_null', (m, value) => [value]],
  [/^Cannot use 'in' operator to search for '([^]*)' in ([^]*)$/, 'invalid_in_operator_use', (m) => [m[1], printed(m[2])]],
  [/^(?:Can't|Cannot) add property ([^]*), object is not extensible$/, 'object_not_extensible', (m) => [key(m[1])]],
  [/^Cannot set property ([^]*) of [^]* which has only a getter$/, 'no_setter_in_callback', (m, receiver) => [key(m[1]), receiver]],
  [/^Converting circular structure to JSON$/, 'circular_structure', () => []],
  [/^([\w.]+) called on non-object$/, 'called_on_non_object', (m) => [m[1]]],
  [/^Reduce of empty array with no initial value$/, 'reduce_no_initial', () => []],
  [/^Cannot convert object to primitive value$/, 'cannot_convert_to_primitive', () => []],
  [/^this is not a Date object\.$/, 'not_date_object', () => []],
];
const LHS: [RegExp, string, Maker] = [/^Invalid left-hand side in assignment$/, 'invalid_lhs_in_assignment', () => []];
const REFERENCE_KINDS: [RegExp, string, Maker][] = [[/^([^\s]+) is not defined$/, 'not_defined', (m) => [m[1]]], LHS];
const RANGE_KINDS: [RegExp, string, Maker][] = [
  [/^Invalid array length$/, 'invalid_array_length', () => []],
  [/^Maximum call stack size exceeded$/, 'stack_overflow', () => []],
];
const SYNTAX_KINDS: [RegExp, string, Maker][] = [
  [/^Unexpected token ([^]+)$/, 'unexpected_token', (m) => [m[1]]],
  [/^Unexpected end of input$/, 'unexpected_eos', () => []],
  [/^Invalid regular expression: \/([^]*)\/[a-z]*: ([^]*)$/, 'malformed_regexp', (m) => [m[1], m[2]]],
  [/^Unexpected identifier$/, 'unexpected_token_identifier', () => []],
  [/^Unexpected number$/, 'unexpected_token_number', () => []],
  [/^Unexpected string$/, 'unexpected_token_string', () => []],
  [/^Unexpected reserved word$/, 'unexpected_reserved', () => []],
  [/^Unexpected strict mode reserved word$/, 'unexpected_strict_reserved', () => []],
  [/^Illegal break statement$/, 'illegal_break', () => []],
  [/^Illegal continue statement$/, 'illegal_continue', () => []],
  [/^Illegal return statement$/, 'illegal_return', () => []],
  [/^Strict mode code may not include a with statement$/, 'strict_mode_with', () => []],
  [/^Variable name may not be eval or arguments in strict mode$/, 'strict_var_name', () => []],
  [/^Strict mode function may not have duplicate parameter names$/, 'strict_param_dupe', () => []],
  [/^Octal literals are not allowed in strict mode\.$/, 'strict_octal_literal', () => []],
  [/^Delete of an unqualified identifier in strict mode\.$/, 'strict_delete', () => []],
  [/^(Label|Variable) '([^]*)' has already been declared$/, 'redeclaration', (m) => [m[1], m[2]]],
  LHS,
];

/**
 * The kind of the engine error `name` (its constructor's name) whose message, in 0.10's words,
 * is `message`; `receiver` is the object a method was missing from where known, else the plain
 * object the message guesses. Undefined for a message the engine did not make.
 */
export function kindOf(name: string, message: string, receiver?: unknown): EngineKind | undefined {
  const kinds = name === 'TypeError' ? TYPE_KINDS : name === 'ReferenceError' ? REFERENCE_KINDS : name === 'RangeError' ? RANGE_KINDS : name === 'SyntaxError' ? SYNTAX_KINDS : undefined;
  if (kinds === undefined) return undefined;
  for (const [words, type, make] of kinds) {
    const m = words.exec(message);
    if (m) return { type, args: make(m, arguments.length > 2 ? receiver : {}) };
  }
  return undefined;
}

/** Could `name`'s error with `message` (today's words or 0.10's) be one of the engine's kinds? */
export function mayHaveKind(name: string, message: string): boolean {
  return kindOf(name, message) !== undefined;
}

const data = (value: unknown) => ({ value, writable: true, enumerable: false, configurable: true });

// The two properties, put before the message as 0.10 had them (the message moved after them).
function placeBeforeMessage(error: object, args: PropertyDescriptor, type: PropertyDescriptor): void {
  const message = Object.getOwnPropertyDescriptor(error, 'message');
  if (message && message.configurable) delete (error as { message?: unknown }).message;
  Object.defineProperty(error, 'arguments', args);
  Object.defineProperty(error, 'type', type);
  if (message && message.configurable) Object.defineProperty(error, 'message', message);
}

// Errors whose `arguments` and `type` are still the accessors below (their kind not yet known).
const pending = new WeakSet<object>();

/**
 * Gives an engine error its `arguments` and `type` as data (unless it has them already, or a
 * program gave it its own): from `kind`, or none for an error the engine did not make.
 */
export function settleKind(error: object, kind: EngineKind | undefined): void {
  try {
    if (pending.has(error)) {
      pending.delete(error);
      Object.defineProperty(error, 'arguments', data(kind && kind.args));
      Object.defineProperty(error, 'type', data(kind && kind.type));
      return;
    }
    if (kind === undefined || Object.prototype.hasOwnProperty.call(error, 'type') || !Object.isExtensible(error)) return;
    placeBeforeMessage(error, data(kind.args), data(kind.type));
  } catch {
    // (A frozen or exotic error keeps what it has.)
  }
}

/**
 * For an engine error whose kind is known only once its stack is formatted (the message
 * rewritten): `arguments` and `type` as accessors that format it on a first read (`format`),
 * and are then data. One pair of functions for all: a catch clause pays three definitions.
 */
export function deferKind(error: object, format: (error: object) => void): void {
  if (pending.has(error) || Object.prototype.hasOwnProperty.call(error, 'type') || !Object.isExtensible(error)) return;
  formatter = format;
  pending.add(error);
  placeBeforeMessage(error, LAZY_ARGUMENTS, LAZY_TYPE);
}

let formatter: (error: object) => void = () => {};
function read(error: object, name: 'arguments' | 'type'): unknown {
  formatter(error);
  // (Formatted before: the stack no longer rewrites it; none then.)
  if (pending.has(error)) settleKind(error, undefined);
  return (error as Record<string, unknown>)[name];
}
function write(error: object, name: 'arguments' | 'type', value: unknown): void {
  read(error, name);
  Object.defineProperty(error, name, data(value));
}
const LAZY_ARGUMENTS: PropertyDescriptor = {
  get(this: object): unknown {
    return read(this, 'arguments');
  },
  set(this: object, value: unknown): void {
    write(this, 'arguments', value);
  },
  enumerable: false,
  configurable: true,
};
const LAZY_TYPE: PropertyDescriptor = {
  get(this: object): unknown {
    return read(this, 'type');
  },
  set(this: object, value: unknown): void {
    write(this, 'type', value);
  },
  enumerable: false,
  configurable: true,
};
