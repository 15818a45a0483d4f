// The resolver's error vocabulary: c-ares's status names as 0.10 exposed them (dns.NOTFOUND
// is 'ENOTFOUND'…), in 0.10's order and with 0.10's spelling (ADNAME, not BADNAME: 0.10's
// table had that typo, and programs see its keys), and the errors its queries failed with:
// Error('queryA ENOTFOUND') {code, errno, syscall}.
import binding from '@n10/binding';
import type { ErrnoException } from '@n10/binding';

export const CODES = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  ADNAME: 'EADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
} as const;

export type ResolverCode = (typeof CODES)[keyof typeof CODES] | 'EBADNAME';

/** What a failed query reports: message "<syscall> <code>", code = errno = the name. */
export function queryError(code: string, syscall: string): ErrnoException {
  return binding.errnoException(code, syscall);
}

/** A response's rcode as c-ares (asked not to retry on server errors, as node did) saw it. */
export function rcodeError(rcode: string | undefined): ResolverCode | null {
  switch (rcode) {
    case 'FORMERR':
      return 'EFORMERR';
    case 'SERVFAIL':
      return 'ESERVFAIL';
    case 'NXDOMAIN':
      return 'ENOTFOUND';
    case 'NOTIMP':
      return 'ENOTIMP';
    case 'REFUSED':
      return 'EREFUSED';
    default:
      return null;
  }
}
