// @n10/dns/internal: not part of 0.10's module. Points the resolver at other name servers
// (tests run their own on 127.0.0.1) without touching /etc/resolv.conf; the same can be done
// from outside with N10_DNS_SERVERS, N10_RESOLV_CONF, N10_HOSTS_FILE (see ./config.ts).
//
// The resolver's state lives in the public entry's bundle; this entry reaches it through a
// hidden symbol on the module object, so that both builds share one configuration.
import dns from '@n10/dns';
import { CONFIG_KEY, type ConfigAccess } from './config-key';

export type { ConfigOverride, NameServer, ResolverConfig } from './config';

const access = (dns as unknown as Record<symbol, ConfigAccess>)[CONFIG_KEY];

export const configure: ConfigAccess['configure'] = access.configure;
export const getConfig: ConfigAccess['getConfig'] = access.getConfig;
export const resetConfig: ConfigAccess['resetConfig'] = access.resetConfig;
export const parseServer: ConfigAccess['parseServer'] = access.parseServer;
