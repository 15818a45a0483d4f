// The hidden key under which the dns module object carries its configuration functions for
// '@n10/dns/internal' (non-enumerable: 0.10 programs never see it).
import type { configure, getConfig, parseServer, resetConfig } from './config';

export const CONFIG_KEY: unique symbol = Symbol.for('n10.dns.config') as never;

export interface ConfigAccess {
  configure: typeof configure;
  getConfig: typeof getConfig;
  resetConfig: typeof resetConfig;
  parseServer: typeof parseServer;
}
