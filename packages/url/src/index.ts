// @n10/url: node 0.10's require('url').
import { format as formatFields } from './format';
import { parseHostInto, parseInto } from './parse';
import { resolveObjectOf } from './resolve';
import { Url, type Query, type UrlFields } from './url-object';

// Enumerable prototype methods, as 0.10 defines them (for-in over a Url lists them).
Url.prototype.parse = function parse(this: Url, url: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url {
  return parseInto(this, url, parseQueryString, slashesDenoteHost);
};
Url.prototype.format = function format(this: Url): string {
  return formatFields(this);
};
Url.prototype.resolve = function resolve(this: Url, relative: string): string {
  return this.resolveObject(urlParse(relative, false, true)).format();
};
Url.prototype.resolveObject = function resolveObject(this: Url, relative: string | UrlFields): Url {
  return resolveObjectOf(this, relative);
};
Url.prototype.parseHost = function parseHost(this: Url): void {
  parseHostInto(this);
};

/** url.parse(urlStr, [parseQueryString], [slashesDenoteHost]); a Url is returned as is. */
function urlParse(url: string | Url, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url {
  if (url && typeof url === 'object' && url instanceof Url) return url;
  const u = new Url();
  u.parse(url as string, parseQueryString, slashesDenoteHost);
  return u;
}

/**
 * url.format(urlObj): a string is parsed first. Any other non-Url is read the way 0.10's
 * sloppy-mode call read it: a primitive through its wrapper, null or undefined as the
 * global object (so both give '').
 */
function urlFormat(obj: UrlFields | string | null | undefined): string {
  if (typeof obj === 'string') return urlParse(obj).format();
  if (obj instanceof Url) return obj.format();
  return Url.prototype.format.call((obj === null || obj === undefined ? globalThis : Object(obj)) as Url);
}

/** url.resolve(from, to) */
function urlResolve(source: string, relative: string): string {
  return urlParse(source, false, true).resolve(relative);
}

/** url.resolveObject(from, to): not in the manual, but part of 0.10's module. */
function urlResolveObject(source: string | Url, relative: string | UrlFields): Url | string | UrlFields {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

export interface UrlModule {
  parse: typeof urlParse;
  resolve: typeof urlResolve;
  resolveObject: typeof urlResolveObject;
  format: typeof urlFormat;
  Url: typeof Url;
}

// Same keys in the same order as 0.10's module object.
const url: UrlModule = {
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  Url,
};

export { urlParse as parse, urlResolve as resolve, urlResolveObject as resolveObject, urlFormat as format, Url };
export type { Query, UrlFields };
// Today's engines name a function after the property or variable it is assigned to; 0.10's
// `exports.parse = function (…)` had '' (what util.inspect and a program reading .name see).
for (const key of ['parse', 'format', 'resolve', 'resolveObject', 'parseHost'] as const) {
  Object.defineProperty(Url.prototype[key], 'name', { value: '', configurable: true });
}

export default url;
