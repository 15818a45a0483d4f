// Character classes of url.parse, as lookup tables over ASCII (faster than the regexps and
// indexOf loops they replace).

function classOf(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/** Characters escaped in everything after the host (unless the protocol is javascript:). */
// ({ } | \ ^ end the host but are left as they are in the path.)
export const AUTO_ESCAPE = classOf('\'<>"` \r\n\t');
/** The escapes 0.10 uses for them ("'" is %27, as escape() writes it). */
export const ESCAPES: Record<string, string> = {
  "'": '%27', '<': '%3C', '>': '%3E', '"': '%22', '`': '%60', ' ': '%20', '\r': '%0D', '\n': '%0A', '\t': '%09',
};
/** Characters that end the host ('~' among them, in 0.10). */
export const NON_HOST = classOf('%/?;#~\'{}|\\^`<>" \r\n\t');
/** Characters of a protocol name (before the ':'). */
export const PROTOCOL = classOf('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-');
/** Characters of a hostname label (a-z A-Z 0-9 _ -). */
export const LABEL = classOf('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-');
