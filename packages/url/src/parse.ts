// url.parse: a URL string into a Url's fields, with node 0.10's results for every shape
// (written from the manual and the oracle's observable behaviour).
import querystring from '@n10/querystring';
import { AUTO_ESCAPE, ESCAPES, NON_HOST, PROTOCOL } from './chars';
import { checkHostname, lowerHostname, toAsciiHostname } from './host';
import { hostlessProtocol, slashedProtocol, unsafeProtocol } from './protocols';
import { trim10 } from './trim';
import type { Url } from './url-object';

/** Length of a leading 'scheme:' (letters, digits, '.', '+', '-', then ':'), or 0. */
function protocolLength(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 58 /* : */) return i > 0 ? i + 1 : 0;
    if (c >= 128 || !PROTOCOL[c]) return 0;
    i++;
  }
  return 0;
}

/** Index of the first of '/', '?', '#' in s, or -1. */
function hostEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) return i;
  }
  return -1;
}

/** Index of the first character that cannot be part of a host, or s.length. */
function nonHostIndex(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && NON_HOST[c]) return i;
  }
  return s.length;
}

/** '//user@host' without a protocol still names a host (0.10: /^\/\/[^@\/]+@[^@\/]+/). */
function startsWithAuthority(s: string): boolean {
  if (s.charCodeAt(0) !== 47 || s.charCodeAt(1) !== 47) return false;
  let i = 2;
  while (i < s.length && s.charCodeAt(i) !== 64 && s.charCodeAt(i) !== 47) i++;
  if (i === 2 || s.charCodeAt(i) !== 64 /* @ */) return false;
  const c = s.charCodeAt(i + 1);
  return i + 1 < s.length && c !== 64 && c !== 47;
}

/** Escapes the characters 0.10 escapes after the host; returns s itself when none occur. */
function autoEscape(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && AUTO_ESCAPE[c]) break;
  }
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c < 128 && AUTO_ESCAPE[c] ? ESCAPES[s.charAt(i)] : s.charAt(i);
  }
  return out;
}

// (its first 78 columns: V8 3.14 showed no more of a longer line)
const PARSE_LINE = '    throw new TypeError("Parameter \'url\' must be a string, not " + typeof url)';

// Where 0.10's url.js threw: the n10 runtime keeps a registry of throw sites (by error) and
// shows an uncaught error's site on stderr as 0.10 did ("url.js:<line>" and the line, caret
// under the column V8 3.14 reported); without the runtime there is no registry.
const THROW_SITES = Symbol.for('n10.throwSites');
function sited<E extends Error>(er: E, line: number, text: string, col: number): E {
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[THROW_SITES];
  if (sites) sites.set(er, { file: 'url.js', line, text, caret: ' '.repeat(col) + '^' });
  return er;
}

const captureStackTrace = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;

/** Url.prototype.parse(url, [parseQueryString], [slashesDenoteHost]) */
export function parseInto(u: Url, url: string, parseQueryString?: boolean, slashesDenoteHost?: boolean): Url {
  if (typeof url !== 'string') {
    const er = sited(new TypeError("Parameter 'url' must be a string, not " + typeof url), 107, PARSE_LINE, 10);
    // 0.10 threw in Url.prototype.parse itself: the stack starts there, not in this helper.
    if (captureStackTrace) captureStackTrace(er, parseInto);
    throw er;
  }
  let rest = trim10(url);

  // The protocol is stored lowercase, but 0.10 looks the typed spelling up in its tables:
  // 'JAVASCRIPT://x' does get a host, 'HTTP:x' is not treated as http.
  const protoLength = protocolLength(rest);
  const proto = protoLength ? rest.slice(0, protoLength) : '';
  const lowerProto = proto.toLowerCase();
  if (proto) {
    u.protocol = lowerProto;
    rest = rest.slice(protoLength);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || startsWithAuthority(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !(proto && hostlessProtocol[proto])) {
      rest = rest.slice(2);
      u.slashes = true;
    }
  }

  if (!hostlessProtocol[proto] && (slashes || (proto && !slashedProtocol[proto]))) {
    // The auth is everything before the last '@' that comes before the first / ? or #.
    const end = hostEnd(rest);
    const at = end === -1 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', end);
    if (at !== -1) {
      u.auth = decodeURIComponent(rest.slice(0, at));
      rest = rest.slice(at + 1);
    }
    const hostLength = nonHostIndex(rest);
    u.host = rest.slice(0, hostLength);
    rest = rest.slice(hostLength);
    // Through the method, as 0.10's `this.parseHost()` (a program may have replaced it).
    u.parseHost();

    let hostname = u.hostname || '';
    const ipv6 = hostname.charCodeAt(0) === 91 /* [ */ && hostname.charCodeAt(hostname.length - 1) === 93; /* ] */
    if (!ipv6) {
      const checked = checkHostname(hostname);
      hostname = checked.hostname;
      if (checked.moved !== null) rest = '/' + checked.moved + rest;
    }
    hostname = lowerHostname(hostname);
    if (!ipv6) hostname = toAsciiHostname(hostname);
    u.host = hostname + (u.port ? ':' + u.port : '');
    if (ipv6) {
      hostname = hostname.slice(1, -1);
      if (rest.charCodeAt(0) !== 47) rest = '/' + rest;
    }
    u.hostname = hostname;
  }

  if (!unsafeProtocol[lowerProto]) rest = autoEscape(rest);

  const hash = rest.indexOf('#');
  if (hash !== -1) {
    u.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    u.search = rest.slice(qm);
    u.query = parseQueryString ? querystring.parse(rest.slice(qm + 1)) : rest.slice(qm + 1);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    u.search = '';
    u.query = {};
  }
  if (rest) u.pathname = rest;
  if (slashedProtocol[lowerProto] && u.hostname && !u.pathname) u.pathname = '/';
  if (u.pathname || u.search) u.path = (u.pathname || '') + (u.search || '');

  u.href = u.format();
  return u;
}

/** Url.prototype.parseHost(): splits this.host into hostname and port. */
export function parseHostInto(u: Url): void {
  let host: unknown = u.host;
  // A trailing ':digits' (possibly just ':') is the port part; 0.10 reads a non-string
  // host through String(), as its regexp did.
  const s = String(host);
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c < 48 || c > 57) break;
    i--;
  }
  if (i > 0 && s.charCodeAt(i - 1) === 58 /* : */) {
    if (i < s.length) u.port = s.slice(i);
    host = s.slice(0, i - 1);
  }
  if (host) u.hostname = host as string;
}
