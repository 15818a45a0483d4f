// @n10/querystring: node 0.10's require('querystring').
import { createParse, type ParseOptions, type ParsedQuery } from './parse';
import { createStringify, type StringifyInput } from './stringify';
import { unescapeBuffer } from './unescape-buffer';

export interface QueryString {
  unescapeBuffer: typeof unescapeBuffer;
  /** Used by parse for malformed input; replaceable. */
  unescape(s: string, decodeSpaces?: boolean): string;
  /** Used by stringify; replaceable. */
  escape(str: string): string;
  encode(obj: StringifyInput | unknown, sep?: string, eq?: string, name?: unknown): string;
  stringify(obj: StringifyInput | unknown, sep?: string, eq?: string, name?: unknown): string;
  decode(str: string, sep?: string | RegExp, eq?: string, options?: ParseOptions): ParsedQuery;
  parse(str: string, sep?: string | RegExp, eq?: string, options?: ParseOptions): ParsedQuery;
}

// Anonymous function expressions, as 0.10 defined them (its inspect shows [Function]).
// Through the module object, as 0.10's `QueryString.unescapeBuffer(s, decodeSpaces)` (a program
// may replace it).
const unescape = function (s: string, decodeSpaces?: boolean): string {
  return querystring.unescapeBuffer(s, decodeSpaces).toString();
};

const escape = function (str: string): string {
  return encodeURIComponent(str);
};

// Same keys in the same order as 0.10's module object; stringify and parse look escape and
// unescape up on it at each call.
const querystring = { unescapeBuffer, unescape, escape } as QueryString;
querystring.encode = createStringify(querystring, escape);
querystring.stringify = querystring.encode;
querystring.decode = createParse(querystring);
querystring.parse = querystring.decode;

// Today's engines name a function after the property or variable it is assigned to; 0.10's
// `exports.escape = function (…)` had '' (what util.inspect and a program reading .name see).
for (const fn of [unescapeBuffer, unescape, escape]) Object.defineProperty(fn, 'name', { value: '', configurable: true });

export { unescapeBuffer, unescape, escape };
export type { ParseOptions, ParsedQuery, StringifyInput };
export const stringify = querystring.stringify;
export const encode = querystring.encode;
export const parse = querystring.parse;
export const decode = querystring.decode;
export default querystring;
