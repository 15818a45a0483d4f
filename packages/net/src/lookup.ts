// The host-name lookup net needs for connect() and listen(port, host). 0.10's net.js called
// require('dns').lookup(host, callback) each time, so a program (or a library: a DNS cache,
// a test double) that replaces dns.lookup changes where net connects and listens; the
// property is read at each call, as there. Until something loads dns nobody can have replaced
// it, and dns.lookup is dgram's lookup: net asks that one without loading dns (0.10's net
// loaded dns on first use too; @n10/dns brings its resolver, several milliseconds of start-up
// for every program whose stdout is a pipe).
import dgram from '@n10/dgram';
import { DNS_MODULE_KEY, lookup as dnsLookup } from '@n10/dgram/internal';
import type { ErrnoException } from '@n10/binding';

export type LookupCallback = (err: ErrnoException | null, address?: string | null, family?: number) => void;

interface DnsModule {
  lookup(host: string, cb: LookupCallback): unknown;
}

const loadedDns = (dgram as unknown as Record<typeof DNS_MODULE_KEY, () => DnsModule | null>)[DNS_MODULE_KEY];

export function lookup(host: string, callback: LookupCallback): void {
  const dns = loadedDns();
  if (dns) dns.lookup(host, callback);
  else (dnsLookup as unknown as DnsModule['lookup'])(host, callback);
}
