// The hostname rules of url.parse: what 0.10 accepts as a hostname, and how it spells it.
import punycode from '@n10/punycode';
import { LABEL } from './chars';
import { toLowerCase10 } from './lowercase';

const MAX_LABEL = 63;
const MAX_HOSTNAME = 255;

/** True when a label is 0..63 characters of a-z A-Z 0-9 _ - or non-ASCII. */
function isValidLabel(label: string): boolean {
  if (label.length > MAX_LABEL) return false;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c < 128 && !LABEL[c]) return false;
  }
  return true;
}

/** Length of the leading run (at most 63) of ASCII label characters. */
function validPrefixLength(label: string): number {
  const max = Math.min(label.length, MAX_LABEL);
  let i = 0;
  while (i < max) {
    const c = label.charCodeAt(i);
    if (c >= 128 || !LABEL[c]) break;
    i++;
  }
  return i;
}

/** The usual case in one pass, without splitting: every label valid. */
function allLabelsValid(hostname: string): boolean {
  let labelLength = 0;
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname.charCodeAt(i);
    if (c === 46 /* . */) {
      labelLength = 0;
    } else if ((c >= 128 || LABEL[c] === 1) && ++labelLength <= MAX_LABEL) {
      continue;
    } else {
      return false;
    }
  }
  return true;
}

function hasLineTerminator(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

export interface CheckedHost {
  hostname: string;
  /** What was cut off the hostname: it becomes the start of the path ('/' + moved). */
  moved: string | null;
}

/**
 * Keeps the hostname up to its first bad label. Of the bad label, its valid leading part
 * (at most 63 ASCII characters) stays in the hostname; the rest of it and the labels after
 * it move to the path. (0.10 splits the label with a regexp whose '.*' does not cross line
 * terminators; when the rest holds one, the bad label is dropped altogether.)
 */
export function checkHostname(hostname: string): CheckedHost {
  if (allLabelsValid(hostname)) return { hostname, moved: null };
  const labels = hostname.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label === '' || isValidLabel(label)) continue;
    const valid = labels.slice(0, i);
    const moved = labels.slice(i + 1);
    const tail = label.slice(validPrefixLength(label));
    if (!hasLineTerminator(tail)) {
      valid.push(label.slice(0, label.length - tail.length));
      moved.unshift(tail);
    }
    return { hostname: valid.join('.'), moved: moved.length ? moved.join('.') : null };
  }
  return { hostname, moved: null };
}

/** Lowercase (with 0.10's Unicode tables), emptied when longer than 255 characters. */
export function lowerHostname(hostname: string): string {
  return hostname.length > MAX_HOSTNAME ? '' : toLowerCase10(hostname);
}

function needsPunycode(label: string): boolean {
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c >= 128 || !LABEL[c]) return true;
  }
  return false;
}

/** IDNA: every label with a character outside a-z A-Z 0-9 _ - becomes 'xn--' + Punycode. */
export function toAsciiHostname(hostname: string): string {
  let plain = true;
  for (let i = 0; i < hostname.length && plain; i++) {
    const c = hostname.charCodeAt(i);
    plain = c < 128 && (LABEL[c] === 1 || c === 46 /* . */);
  }
  if (plain) return hostname;
  const labels = hostname.split('.');
  for (let i = 0; i < labels.length; i++) {
    if (needsPunycode(labels[i])) labels[i] = 'xn--' + punycode.encode(labels[i]);
  }
  return labels.join('.');
}
