// Addresses as bytes and back, the way 0.10's resolver (c-ares, uv_inet_ntop) printed them.
import { isIPv4, isIPv6 } from '@n10/dgram/internal';

/** 4 bytes of a dotted quad (already checked with isIPv4). */
function v4Bytes(s: string): number[] {
  return s.split('.').map(Number);
}

/** The 16 bytes of an IPv6 literal, or null when it is not one. */
export function v6Bytes(s: string): number[] | null {
  if (!isIPv6(s)) return null;
  let text = s;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) >= 0) {
    tail = v4Bytes(text.slice(lastColon + 1));
    text = text.slice(0, lastColon + 1) + '0:0'; // placeholder groups, replaced below
  }
  const [head, rest] = text.split('::');
  const words = (part: string | undefined): number[] => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const a = words(head);
  const b = words(rest);
  const all = rest === undefined ? a : a.concat(new Array<number>(8 - a.length - b.length).fill(0), b);
  const bytes: number[] = [];
  for (const w of all) bytes.push(w >> 8, w & 255);
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** 4 or 16 bytes of an address literal, or null. */
export function addressBytes(s: string): number[] | null {
  if (isIPv4(s)) return v4Bytes(s);
  return v6Bytes(s);
}

/**
 * IPv6 text as libuv's inet_ntop wrote it: lower-case hex, the longest run (the first of equal
 * ones) of two or more zero groups as "::", and a dotted quad for the IPv4-compatible
 * (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d) forms.
 */
export function ntop6(bytes: ArrayLike<number>): string {
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push((bytes[i] << 8) | bytes[i + 1]);
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) best = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    if (i === 6 && best === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
      return out + bytes[12] + '.' + bytes[13] + '.' + bytes[14] + '.' + bytes[15];
    }
    out += words[i].toString(16) + (i < 7 ? ':' : '');
  }
  return out;
}

/** The PTR name for an address: 4.3.2.1.in-addr.arpa, or the nibbles under ip6.arpa. */
export function arpaName(bytes: number[]): string {
  if (bytes.length === 4) return bytes.slice().reverse().join('.') + '.in-addr.arpa';
  const nibbles: string[] = [];
  for (let i = 15; i >= 0; i--) nibbles.push((bytes[i] & 15).toString(16), (bytes[i] >> 4).toString(16));
  return nibbles.join('.') + '.ip6.arpa';
}
