// @n10/dgram/internal: for @n10/dns and @n10/net, not part of 0.10's module. dns.lookup is this lookup
// (dgram needs it below dns), and isIP is what both ask of an address literal.
export { lookup } from './lookup';
export { DIRECT_LOOKUP, DNS_KEY, DNS_MODULE_KEY } from './dns-module';
export type { Lookup, LookupCallback, LookupRequest } from './lookup';
export { isIP, isIPv4, isIPv6 } from './is-ip';
