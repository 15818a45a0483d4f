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

export class Url {
  protocol: string | null = null;
  slashes: boolean | null = null;
  auth: string | null = null;
  host: string | null = null;
  port: string | null = null;
  hostname: string | null = null;
  hash: string | null = null;
  search: string | null = null;
  query: string | Query | null = null;
  pathname: string | null = null;
  path: string | null = null;
  href: string | null = null;
}

// The methods live on the prototype as enumerable properties, as in 0.10 (a for-in over a
// parsed URL lists them); index.ts installs them.
export interface Url {
  parse(url: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url;
  format(): string;
  resolve(relative: string): string;
  resolveObject(relative: string | UrlFields): Url;
  parseHost(): void;
}
