// The Url object: the twelve fields node 0.10 gives every parsed URL, all null until parsed.
import type { ParsedQuery } from '@n10/querystring';

export type Query = ParsedQuery;

/** Fields a URL object may carry; url.format and url.resolveObject accept any of them. */
export interface UrlFields {
  protocol?: string | null;
  slashes?: boolean | null;
  auth?: string | null;
  host?: string | null;
  port?: string | number | null;
  hostname?: string | null;
  hash?: string | null;
  search?: string | null;
  query?: string | Query | null;
  pathname?: string | null;
  path?: string | null;
  href?: string | null;
}

/** A URL's twelve fields (and, on the prototype, 0.10's methods). */
export interface Url {
  protocol: string | null;
  slashes: boolean | null;
  auth: string | null;
  host: string | null;
  port: string | null;
  hostname: string | null;
  hash: string | null;
  search: string | null;
  query: string | Query | null;
  pathname: string | null;
  path: string | null;
  href: string | null;
}

/** The Url constructor: `new Url()`, or `Url.call(this)` from a subclass's constructor. */
export interface UrlConstructor {
  new (): Url;
  (this: Url): void;
  prototype: Url;
}

// A plain function, as 0.10's: subclasses written for 0.10 call it on their own instance
// (`url.Url.call(this)`), which a class constructor refuses. Called bare it sets the fields
// on whatever `this` is, as 0.10's sloppy function did (the global object for none).
export const Url = function Url(this: Url): void {
  const self = (this === undefined || this === null ? globalThis : Object(this)) as Url;
  self.protocol = null;
  self.slashes = null;
  self.auth = null;
  self.host = null;
  self.port = null;
  self.hostname = null;
  self.hash = null;
  self.search = null;
  self.query = null;
  self.pathname = null;
  self.path = null;
  self.href = null;
} as unknown as UrlConstructor;

// The methods live on the prototype as enumerable properties, as in 0.10 (a for-in over a
// parsed URL lists them); index.ts installs them.
export interface Url {
  parse(url: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url;
  format(): string;
  resolve(relative: string): string;
  resolveObject(relative: string | UrlFields): Url;
  parseHost(): void;
}
