// Url.prototype.resolveObject: a relative reference against a base, "as a browser would for
// an anchor tag", with node 0.10's results — including where they depart from RFC 3986 §5.
import { hostlessProtocol, slashedProtocol } from './protocols';
import { Url, type UrlFields } from './url-object';

type Fields = Record<string, unknown>;

function copyFields(to: Url, from: UrlFields, except?: string): void {
  const source = from as Fields;
  const target = to as unknown as Fields;
  for (const k of Object.keys(source)) if (k !== except) target[k] = source[k];
}

function finish(result: Url): Url {
  result.href = result.format();
  return result;
}

function setPath(result: Url): void {
  if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
}

/** In a non-slashed URL a host may have been typed as 'user@host': split it back out. */
function takeHostFromPath(result: Url, host: string | undefined): void {
  result.hostname = result.host = host as string;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts[0];
    result.hostname = result.host = parts[1];
  }
}

export function resolveObjectOf(base: Url, rel: string | UrlFields): Url {
  let relative: UrlFields;
  if (typeof rel === 'string') {
    const parsed = new Url();
    parsed.parse(rel, false, true);
    relative = parsed;
  } else relative = rel;

  const result = new Url();
  copyFields(result, base);
  // The hash always comes from the relative reference, even an empty one.
  result.hash = relative.hash as string | null;
  if (relative.href === '') return finish(result);

  // '//host/path': everything but the protocol comes from the reference.
  if (relative.slashes && !relative.protocol) {
    copyFields(result, relative, 'protocol');
    if (slashedProtocol[result.protocol as string] && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: not http-like, the reference stands alone.
    if (!slashedProtocol[relative.protocol]) {
      copyFields(result, relative);
      return finish(result);
    }
    // http-like without a host ('http:foo/bar'): the first path segment is the host.
    result.protocol = relative.protocol;
    if (!relative.host && !hostlessProtocol[relative.protocol]) {
      const segments = (relative.pathname || '').split('/');
      while (segments.length && !(relative.host = segments.shift())) {
        // skip empty segments
      }
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname as string | null;
    }
    result.search = relative.search as string | null;
    result.query = relative.query as Url['query'];
    result.host = relative.host || '';
    result.auth = relative.auth as string | null;
    result.hostname = relative.hostname || (relative.host as string);
    result.port = relative.port as string | null;
    setPath(result);
    result.slashes = result.slashes || (relative.slashes as boolean | null);
    return finish(result);
  }

  const isSourceAbs = !!result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = !!relative.host || (!!relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs: unknown = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath: Array<string | undefined> = (result.pathname && result.pathname.split('/')) || [];
  const relPath: Array<string | undefined> = (relative.pathname && relative.pathname.split('/')) || [];
  // An opaque URL ('mailto:a@b', 'foo:bar'): the host was really the first path segment.
  const opaque = !!result.protocol && !slashedProtocol[result.protocol];

  if (opaque) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // An absolute path (or a host): take it whole.
    result.host = relative.host || relative.host === '' ? (relative.host as string) : result.host;
    result.hostname = relative.hostname || relative.hostname === '' ? (relative.hostname as string) : result.hostname;
    result.search = relative.search as string | null;
    result.query = relative.query as Url['query'];
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path: replace the base's last segment.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search as string | null;
    result.query = relative.query as Url['query'];
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the base path.
    if (opaque) takeHostFromPath(result, srcPath.shift());
    result.search = relative.search;
    result.query = relative.query as Url['query'];
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    return finish(result);
  }

  if (!srcPath.length) {
    // Nothing left of the path: it was a bare 'host' or everything was removed.
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    return finish(result);
  }

  // Remove '.' and '..' segments. A trailing '.', '..' (when there is a host) or '' means
  // the result ends with a slash.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host) && (last === '.' || last === '..')) || last === '';
  let up = 0;
  for (let i = srcPath.length; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  // A relative result keeps its leading '..'s; an absolute one cannot go above the root.
  if (!mustEndAbs && !removeAllDots) {
    for (; up > 0; up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').substr(-1) !== '/') srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (!!srcPath[0] && srcPath[0].charAt(0) === '/');
  if (opaque) takeHostFromPath(result, isAbsolute ? '' : srcPath.length ? srcPath.shift() : '');

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = (relative.auth as string | null) || result.auth;
  result.slashes = result.slashes || (relative.slashes as boolean | null);
  return finish(result);
}
