// @n10/util: node 0.10's require('util'), portable.
//
// The module object has 0.10's keys in 0.10's order. Most of its functions are anonymous
// function expressions, as in 0.10, so that inspecting the module prints what 0.10 prints.
import deprecate from './deprecate';
import exec from './exec';
import format from './format';
import { extend, inherits } from './inherits';
import inspect, { bindUtilModule } from './inspect';
import { bindOutputModule, debug, error, log, p, print, puts } from './output';
import pump from './pump';
import { isArray, isDate, isError, isRegExp } from './types';

export type { Inspect, InspectOptions } from './inspect';
export type { PumpCallback, PumpReadable, PumpWritable } from './pump';

const util = {
  format,
  deprecate,
  print,
  puts,
  debug,
  error,
  inspect,
  isArray,
  isRegExp,
  isDate,
  isError,
  p,
  log,
  exec,
  pump,
  inherits,
  _extend: extend,
};

// Where 0.10 called util's own functions through `exports.` (inspect's _extend, log's puts,
// p's inspect), these go through the module object: a program's replacement is used.
bindUtilModule(util);
bindOutputModule(util);

// Today's engines name an anonymous function after the variable it is assigned to
// (`const format = function …` has .name 'format'); 0.10's `exports.format = function …`
// had '' (what a program reading util.format.name sees).
for (const fn of [format, deprecate, print, puts, debug, error, log, inherits, extend]) {
  Object.defineProperty(fn, 'name', { value: '', configurable: true });
}

export { format, deprecate, print, puts, debug, error, inspect, isArray, isRegExp, isDate, isError, p, log, exec, pump, inherits, extend as _extend };
export default util;
