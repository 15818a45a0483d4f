// @n10/dns: node 0.10's require('dns').
//
// lookup() asks the system (getaddrinfo, through the binding; the same function dgram uses);
// resolve*() and reverse() ask the name servers of /etc/resolv.conf directly, with
// dns-packet over @n10/dgram sockets (TCP for truncated answers), where 0.10 used c-ares.
// Members in 0.10's order, then c-ares's status names (see ./errors.ts).
import dgram from '@n10/dgram';
import { DNS_KEY, lookup } from '@n10/dgram/internal';
import type { Lookup } from '@n10/dgram/internal';
import type { MxRecord, NaptrRecord, Records, SrvRecord } from './answers';
import { configure, getConfig, parseServer, resetConfig } from './config';
import { CONFIG_KEY, type ConfigAccess } from './config-key';
import { CODES } from './errors';
import { resolver, reverser, type QueryFunction, type QueryRequest, type ResolveCallback } from './resolve';
import { sited } from './throw-sites';

export type { Lookup, LookupCallback, LookupRequest } from '@n10/dgram/internal';
export type { MxRecord, NaptrRecord, Records, SrvRecord } from './answers';
export type { QueryFunction, QueryRequest, ResolveCallback } from './resolve';

const resolve4 = resolver('queryA', 'A') as QueryFunction<string[]>;
const resolve6 = resolver('queryAaaa', 'AAAA') as QueryFunction<string[]>;
const resolveCname = resolver('queryCname', 'CNAME') as QueryFunction<string[]>;
const resolveMx = resolver('queryMx', 'MX') as QueryFunction<MxRecord[]>;
const resolveNs = resolver('queryNs', 'NS') as QueryFunction<string[]>;
const resolveTxt = resolver('queryTxt', 'TXT') as QueryFunction<string[]>;
const resolveSrv = resolver('querySrv', 'SRV') as QueryFunction<SrvRecord[]>;
const resolveNaptr = resolver('queryNaptr', 'NAPTR') as QueryFunction<NaptrRecord[]>;
const reverse = reverser();

const byType: Record<string, QueryFunction<Records>> = {
  A: resolve4,
  AAAA: resolve6,
  CNAME: resolveCname,
  MX: resolveMx,
  NS: resolveNs,
  TXT: resolveTxt,
  SRV: resolveSrv,
  NAPTR: resolveNaptr,
  PTR: reverse,
};

export interface Resolve {
  (domain: string, callback: ResolveCallback<string[]>): QueryRequest;
  (domain: string, rrtype: string, callback: ResolveCallback): QueryRequest;
}

/** dns.resolve(domain, [rrtype], callback): rrtype 'A' (default), 'AAAA', 'MX', 'TXT', 'SRV',
 * 'PTR', 'NS', 'CNAME' or 'NAPTR'; anything else throws Error('Unknown type "<rrtype>"'). */
const resolve = function (domain: string, type: unknown, callback?: unknown): QueryRequest {
  let query: QueryFunction<Records> | undefined;
  let cb: unknown;
  if (typeof type === 'string') {
    query = Object.prototype.hasOwnProperty.call(byType, type) ? byType[type] : undefined;
    cb = callback;
  } else {
    query = resolve4;
    cb = type;
  }
  if (typeof query !== 'function') throw sited(new Error('Unknown type "' + String(type) + '"'), 190);
  return query(domain, cb as ResolveCallback);
} as Resolve;

const dns = {
  lookup: lookup as Lookup,
  resolve4,
  resolve6,
  resolveCname,
  resolveMx,
  resolveNs,
  resolveTxt,
  resolveSrv,
  resolveNaptr,
  reverse,
  resolve,
  ...CODES,
};

export type DnsModule = typeof dns;

// dgram asks dns.lookup as the program left it (0.10's dgram called require('dns').lookup).
(dgram as unknown as Record<typeof DNS_KEY, (m: { lookup: Lookup }) => void>)[DNS_KEY](dns);

const access: ConfigAccess = { configure, getConfig, resetConfig, parseServer };
Object.defineProperty(dns, CONFIG_KEY, { value: access, enumerable: false });

export const {
  NODATA,
  FORMERR,
  SERVFAIL,
  NOTFOUND,
  NOTIMP,
  REFUSED,
  BADQUERY,
  ADNAME,
  BADFAMILY,
  BADRESP,
  CONNREFUSED,
  TIMEOUT,
  EOF,
  FILE,
  NOMEM,
  DESTRUCTION,
  BADSTR,
  BADFLAGS,
  NONAME,
  BADHINTS,
  NOTINITIALIZED,
  LOADIPHLPAPI,
  ADDRGETNETWORKPARAMS,
  CANCELLED,
} = CODES;
// Today's engines name a function after the property or variable it is assigned to; 0.10's
// `exports.lookup = function (…)` had '' (what util.inspect and a program reading .name see).
for (const fn of [lookup, resolve]) Object.defineProperty(fn, 'name', { value: '', configurable: true });

export { lookup, resolve4, resolve6, resolveCname, resolveMx, resolveNs, resolveTxt, resolveSrv, resolveNaptr, reverse, resolve };
export default dns;
