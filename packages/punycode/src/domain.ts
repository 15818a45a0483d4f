// Domain names: Punycode applied label by label (node 0.10 / Punycode.js 1.2.0 rules).
import { decode, encode } from './bootstring';

// The four label separators of IDNA2003 (RFC 3490 §3.1): full stop, ideographic full stop,
// fullwidth full stop, halfwidth ideographic full stop. The result always uses '.'.
const SEPARATORS = /[\x2E\u3002\uFF0E\uFF61]/;
// "Non-ASCII" as 1.2.0 means it: anything outside printable ASCII, so controls count too.
const NON_ASCII = /[^ -~]/;
const ACE_PREFIX = /^xn--/;

// Labels are converted last to first, as 1.2.0 does: with two bad labels, the error thrown
// is the last label's.
function mapLabels(domain: string, fn: (label: string) => string): string {
  const labels = domain.split(SEPARATORS);
  for (let k = labels.length - 1; k >= 0; k--) labels[k] = fn(labels[k]);
  return labels.join('.');
}

/** punycode.toUnicode(domain): decodes the `xn--` labels (lowercase prefix only, as 1.2.0). */
export function toUnicode(domain: string): string {
  return mapLabels(domain, (label) => (ACE_PREFIX.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

/** punycode.toASCII(domain): encodes the labels that are not all printable ASCII. */
export function toASCII(domain: string): string {
  return mapLabels(domain, (label) => (NON_ASCII.test(label) ? 'xn--' + encode(label) : label));
}
