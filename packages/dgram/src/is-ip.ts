// Is this string an IP address literal? What inet_pton(3) accepts, as 0.10 asked it
// (cares_wrap.isIP): dotted quads without leading zeros, and IPv6 text with at most one
// "::" and an optional trailing dotted quad; no zone ids ("fe80::1%lo" is not an address).
// Private to dgram and dns (net has its own): dgram's lookup short-circuits literals with it.

// One pass over the characters: dgram asks this of every address it sends to.
export function isIPv4(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  let parts = 0;
  let value = 0;
  let digits = 0;
  let leadingZero = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46; /* '.' closes the last part */
    if (c === 46) {
      if (digits === 0 || (leadingZero && digits > 1) || value > 255) return false;
      if (++parts > 4) return false;
      value = 0;
      digits = 0;
      continue;
    }
    if (c < 48 || c > 57 || digits === 3) return false;
    if (digits === 0) leadingZero = c === 48;
    value = value * 10 + (c - 48);
    digits++;
  }
  return parts === 4;
}

function isHexGroup(s: string): boolean {
  return s.length >= 1 && s.length <= 4 && /^[0-9a-fA-F]+$/.test(s);
}

export function isIPv6(s: unknown): s is string {
  if (typeof s !== 'string' || s.indexOf(':') < 0) return false;
  let text = s;
  let groupsNeeded = 8;
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) >= 0) {
    // a trailing dotted quad counts as two groups
    if (!isIPv4(text.slice(lastColon + 1))) return false;
    groupsNeeded = 6;
    // keep a "::" just before the quad; drop a single colon that only introduced it
    text = text.slice(0, text.endsWith('::', lastColon + 1) ? lastColon + 1 : lastColon);
    if (text === '') return false;
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string): string[] | null => {
    if (half === '') return [];
    const list = half.split(':');
    return list.every(isHexGroup) ? list : null;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (head === null || tail === null) return false;
  const count = head.length + tail.length;
  return halves.length === 2 ? count < groupsNeeded : count === groupsNeeded;
}

/** 4, 6 or 0, as net.isIP. */
export function isIP(s: unknown): 0 | 4 | 6 {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}
