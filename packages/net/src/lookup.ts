// The host-name lookup net needs for connect() and listen(port, host): 0.10's dns.lookup
// (first address of getaddrinfo; IP literals answered on the next tick), on @n10/binding
// directly until @n10/dns exists.
import process from '@n10/process';
import { isIP } from './is-ip';
import { binding } from './native';

export type LookupCallback = (err: Error | null, address?: string | null, family?: number) => void;

/** libuv 1.x's getaddrinfo codes as libuv 0.10 reported them (and 0.10's dns renamed). */
function lookupError(status: number): Error {
  const b = binding();
  const name = b.errname(status);
  const code = name === 'EAI_NONAME' || name === 'EAI_NODATA' ? 'ENOTFOUND' : name === 'EAI_AGAIN' ? 'EAGAIN' : name.startsWith('EAI_') ? 'EADDRINFO' : name;
  return b.errnoException(code, 'getaddrinfo');
}

export function lookup(host: string | null | undefined, family: number, callback: LookupCallback): void {
  if (!host) {
    process.nextTick(() => callback(null, null, family === 6 ? 6 : 4));
    return;
  }
  const literal = isIP(host);
  if (literal) {
    process.nextTick(() => callback(null, host, literal));
    return;
  }
  const b = binding();
  const err = b.getaddrinfo(
    {
      oncomplete(status: number, addresses?: string[]) {
        if (status || !addresses || !addresses.length) {
          callback(lookupError(status || b.uv.UV_EAI_NONAME));
          return;
        }
        const address = addresses[0];
        callback(null, address, family || isIP(address));
      },
    },
    host,
    family === 4 || family === 6 ? family : 0,
  );
  if (err) process.nextTick(() => callback(lookupError(err)));
}
