// url.format / Url.prototype.format: a URL object back into a string, as 0.10 writes it.
import querystring from '@n10/querystring';
import { slashedProtocol } from './protocols';
import type { UrlFields } from './url-object';

function escapePathChar(match: string): string {
  return match === '?' ? '%3F' : '%23';
}

/**
 * Formats any object with URL fields. Precedence as the manual says: host over
 * hostname + port, search over query; protocol, search and hash get their ':' '?' '#' when
 * missing. '?' and '#' inside the pathname, and the first '#' in search, are escaped.
 */
export function format(u: UrlFields): string {
  let auth: string = (u.auth as string) || '';
  if (auth) {
    // The first encoded ':' goes back to ':' (user:password).
    auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  }
  let protocol: string = u.protocol || '';
  let pathname: string = u.pathname || '';
  let hash: string = u.hash || '';
  let host: string | false = false;
  let query = '';

  if (u.host) {
    host = auth + u.host;
  } else if (u.hostname) {
    // An IPv6 address goes back into brackets.
    host = auth + (u.hostname.indexOf(':') === -1 ? u.hostname : '[' + u.hostname + ']');
    if (u.port) host += ':' + u.port;
  }

  const q = u.query;
  if (q && typeof q === 'object' && Object.keys(q).length) query = querystring.stringify(q);
  let search: string = u.search || (query && '?' + query) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58 /* : */) protocol += ':';

  // Slashes when asked for, or for http-like (or absent) protocols that have a host.
  if (u.slashes || ((!protocol || slashedProtocol[protocol]) && host !== false)) {
    host = '//' + (host || '');
    if (pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
  } else if (!host) {
    host = '';
  }

  if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
  if (search && search.charAt(0) !== '?') search = '?' + search;

  // (The scans skip the regexp replace in the usual case: faster.)
  if (pathname.indexOf('?') !== -1 || pathname.indexOf('#') !== -1) pathname = pathname.replace(/[?#]/g, escapePathChar);
  if (search.indexOf('#') !== -1) search = search.replace('#', '%23');
  return protocol + host + pathname + search + hash;
}
