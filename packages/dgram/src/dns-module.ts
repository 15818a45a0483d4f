// 0.10's dgram asked require('dns').lookup at each bind and send, so a program (or a library:
// a DNS cache, a test double) that replaces dns.lookup is asked by dgram too. dgram sits below
// @n10/dns, so dns hands its module object over when it loads, through a hidden key of the
// dgram module object (DNS_KEY; index and internal are separate bundles, so the hand-over
// must reach the instance programs use). A program can only replace dns.lookup once it has
// required dns; until then the lookup is dns.lookup's own function.
import { lookup as ownLookup, type Lookup, type LookupCallback, type LookupRequest } from './lookup';

/** The non-enumerable key of the dgram module object: a function taking the dns module. */
export const DNS_KEY: unique symbol = Symbol.for('n10.dgram.useDns') as never;

/**
 * A handle flagged with this key (dns.resolve*'s own sockets: c-ares in 0.10 never asked
 * dns.lookup) looks its addresses up with dns.lookup's own function, whatever the program did.
 */
export const DIRECT_LOOKUP: unique symbol = Symbol.for('n10.dgram.directLookup') as never;

/** The key of a function giving the dns module object once it has loaded, else null: @n10/net
 * asks its lookup (0.10's net asked require('dns').lookup at each connect) without loading dns. */
export const DNS_MODULE_KEY: unique symbol = Symbol.for('n10.dgram.dnsModule') as never;

let dns: { lookup: Lookup } | null = null;

export function dnsModule(): { lookup: Lookup } | null {
  return dns;
}

export function useDnsModule(module: { lookup: Lookup }): void {
  dns = module;
}

export function lookup(address: unknown, family: 4 | 6, callback: LookupCallback, direct?: boolean): LookupRequest {
  return dns && !direct ? dns.lookup(address, family, callback) : ownLookup(address, family, callback);
}
