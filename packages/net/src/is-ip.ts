// net.isIP/isIPv4/isIPv6: what inet_pton(3) accepts, as 0.10 asked it (cares_wrap.isIP).

const V4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEX = /^[0-9a-fA-F]{1,4}$/;

export function isIPv4(input: unknown): boolean {
  return typeof input === 'string' && V4.test(input);
}

export function isIPv6(input: unknown): boolean {
  if (typeof input !== 'string' || input.length > 45 || input.indexOf(':') < 0) return false;
  let s = input;
  let groups = 8;
  // A trailing dotted quad stands for two groups.
  const lastColon = s.lastIndexOf(':');
  const tail = s.slice(lastColon + 1);
  if (tail.indexOf('.') >= 0) {
    if (!V4.test(tail)) return false;
    s = s.slice(0, lastColon + 1) + '0:0';
  }
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const parts = (h: string) => (h === '' ? [] : h.split(':'));
  const head = parts(halves[0]);
  const rest = halves.length === 2 ? parts(halves[1]) : [];
  for (const g of head.concat(rest)) if (!HEX.test(g)) return false;
  const n = head.length + rest.length;
  return halves.length === 2 ? n < groups : n === groups;
}

export function isIP(input: unknown): 0 | 4 | 6 {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}
