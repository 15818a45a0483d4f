// tls.checkServerIdentity(host, cert): does the certificate name this host? (RFC 6125, as
// node 0.10 applied it.)
//
// - An IP address must be one of the certificate's "IP Address:" subjectAltNames.
// - A name is compared against the DNS: (wildcards allowed) and URI: (no wildcards)
//   subjectAltNames; only when there are none, against the subject's CN(s), wildcards allowed.
// - A wildcard is one '*' in the left-most label only, with at least two labels after it
//   ('*.example.com', 'f*.example.com'; never '*.com', 'a.*.com', '**.x.y'); it stands for
//   any run (possibly empty) of letters, digits, '-' and '_'. Comparison ignores case and a
//   trailing dot.
import { isIP } from '@n10/net';
import url from '@n10/url';

export interface PeerCertificateLike {
  subject?: Record<string, string | string[]>;
  subjectaltname?: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.|?+()[\]{}*,:!\-]/g, (c) => '\\' + c);
}

/** A matcher for one presented name, or null when the name may never match. */
function matcher(presented: string, wildcards: boolean): RegExp | null {
  let name = presented;
  if (name.charAt(name.length - 1) !== '.') name += '.';
  const star = name.indexOf('*');
  if (star !== -1) {
    if (!wildcards) return null;
    // One only, in the first label (no '.' or '*' before it), and two labels after it.
    if (/[.*].*\*/.test(name) || !/\*.*\..+\..+/.test(name)) return null;
  }
  let re = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    // A '*' is a wildcard when a letter, digit, '.', '_' (or one of \\ ] ^) follows it, as
    // in 0.10; before anything else ('-', capitals) it stays a literal '*'.
    if (c === '*' && /[a-z0-9\\\]^_.]/.test(name.charAt(i + 1))) re += '[a-z0-9\\-_]*';
    else re += escapeRegExp(c);
  }
  return new RegExp('^' + re + '$', 'i');
}

export function checkServerIdentity(host: string, cert: PeerCertificateLike): boolean {
  const dns: string[] = [];
  const uris: string[] = [];
  const ips: string[] = [];
  if (cert.subjectaltname) {
    for (const alt of String(cert.subjectaltname).split(/, /g)) {
      if (alt.indexOf('DNS:') === 0) dns.push(alt.slice(4));
      else if (alt.indexOf('IP Address:') === 0) ips.push(alt.slice(11));
      else if (alt.indexOf('URI:') === 0) {
        const u = url.parse(alt.slice(4));
        if (u && u.hostname) uris.push(u.hostname);
      }
    }
  }
  if (isIP(host)) return ips.indexOf(host) !== -1;

  let name = String(host);
  if (name.charAt(name.length - 1) !== '.') name += '.';
  const matchers: Array<RegExp | null> = [];
  for (const d of dns) matchers.push(matcher(d, true));
  for (const u of uris) matchers.push(matcher(u, false));
  if (matchers.length === 0) {
    const cn = cert.subject ? cert.subject.CN : undefined;
    const cns = Array.isArray(cn) ? cn : [cn];
    for (const c of cns) matchers.push(typeof c === 'string' ? matcher(c, true) : matcher(String(c), true));
  }
  return matchers.some((re) => re !== null && re.test(name));
}
