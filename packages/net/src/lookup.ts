// The host-name lookup net needs for connect() and listen(port, host). 0.10's net.js called
// require('dns').lookup(host, callback) each time, so a program (or a library: a DNS cache,
// a test double) that replaces dns.lookup changes where net connects and listens; the
// property is read at each call, as there.
import dns from '@n10/dns';
import type { ErrnoException } from '@n10/binding';

export type LookupCallback = (err: ErrnoException | null, address?: string | null, family?: number) => void;

export function lookup(host: string, callback: LookupCallback): void {
  (dns as { lookup(host: string, cb: LookupCallback): unknown }).lookup(host, callback);
}
