// Where and how to ask: the name servers and options of /etc/resolv.conf (read once, on the
// first query, as c-ares read it when node started its channel), the hosts file that
// reverse() reads first, and the overrides that point n10 elsewhere.
//
// Overrides, for tests and for machines whose resolver is not in /etc/resolv.conf:
//   N10_DNS_SERVERS   comma-separated servers: 127.0.0.1, 127.0.0.1:5353, ::1, [::1]:5353
//   N10_RESOLV_CONF   another resolv.conf to read (nameserver and options lines)
//   N10_HOSTS_FILE    another hosts file for reverse(); empty: none
//   RES_OPTIONS       "timeout:n attempts:n", as glibc reads it
// or, from code, configure() in '@n10/dns/internal'.
import process from '@n10/process';
import { isIPv4, isIPv6 } from '@n10/dgram/internal';
import { ntop6, v6Bytes } from './ip';
import { readTextFile } from './read-file';

export interface NameServer {
  address: string;
  port: number;
  family: 4 | 6;
}

export interface ResolverConfig {
  servers: NameServer[];
  /** first try's wait in ms; each round over all servers doubles it (c-ares) */
  timeout: number;
  /** rounds over the server list */
  tries: number;
  /** the hosts file reverse() reads before asking (null: none) */
  hostsFile: string | null;
}

// c-ares's defaults: 5 s, 4 tries, the local host when no server is listed.
const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_TRIES = 4;

/** '127.0.0.1', '127.0.0.1:53', '::1', '[::1]:53', 'fe80::1%eth0' → a server, or null. */
export function parseServer(text: string): NameServer | null {
  let host = text.trim();
  let port = 53;
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(host);
  if (bracket) {
    host = bracket[1];
    if (bracket[2]) port = Number(bracket[2]);
  } else if (host.indexOf(':') === host.lastIndexOf(':') && host.indexOf(':') > 0) {
    port = Number(host.slice(host.indexOf(':') + 1));
    host = host.slice(0, host.indexOf(':'));
  }
  host = host.replace(/%.*$/, '');
  if (!(port > 0 && port < 65536)) return null;
  if (isIPv4(host)) return { address: host, port, family: 4 };
  // written as the binding writes a sender's address, so that answers can be matched to it
  if (isIPv6(host)) return { address: ntop6(v6Bytes(host) as number[]), port, family: 6 };
  return null;
}

function applyOptions(words: string[], into: ResolverConfig): void {
  for (const w of words) {
    const m = /^(timeout|attempts):(\d+)$/.exec(w);
    if (!m) continue;
    const n = Number(m[2]);
    if (m[1] === 'timeout' && n > 0) into.timeout = n * 1000;
    if (m[1] === 'attempts' && n > 0) into.tries = n;
  }
}

function env(name: string): string | undefined {
  const v = (process.env as Record<string, string | undefined>)[name];
  return typeof v === 'string' ? v : undefined;
}

function load(): ResolverConfig {
  const cfg: ResolverConfig = { servers: [], timeout: DEFAULT_TIMEOUT_MS, tries: DEFAULT_TRIES, hostsFile: '/etc/hosts' };
  const text = readTextFile(env('N10_RESOLV_CONF') || '/etc/resolv.conf') || '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const words = line.split(/\s+/);
    if (words[0] === 'nameserver' && words[1]) {
      const s = parseServer(words[1]);
      if (s) cfg.servers.push(s);
    } else if (words[0] === 'options') {
      applyOptions(words.slice(1), cfg);
    }
  }
  const resOptions = env('RES_OPTIONS');
  if (resOptions) applyOptions(resOptions.trim().split(/\s+/), cfg);
  const servers = env('N10_DNS_SERVERS');
  if (servers) {
    cfg.servers = servers
      .split(',')
      .map(parseServer)
      .filter((s): s is NameServer => s !== null);
  }
  if (cfg.servers.length === 0) cfg.servers.push({ address: '127.0.0.1', port: 53, family: 4 });
  const hosts = env('N10_HOSTS_FILE');
  if (hosts !== undefined) cfg.hostsFile = hosts || null;
  return cfg;
}

let current: ResolverConfig | null = null;

export function getConfig(): ResolverConfig {
  if (!current) current = load();
  return current;
}

export interface ConfigOverride {
  /** servers as N10_DNS_SERVERS writes them: '127.0.0.1:5353', '[::1]:53' */
  servers?: string[];
  timeout?: number;
  tries?: number;
  hostsFile?: string | null;
}

/** Changes the configuration for the queries started from now on. */
export function configure(override: ConfigOverride): ResolverConfig {
  const cfg = { ...getConfig() };
  if (override.servers) {
    cfg.servers = override.servers.map((s) => {
      const parsed = parseServer(s);
      if (!parsed) throw new Error('not a name server address: ' + s);
      return parsed;
    });
  }
  if (override.timeout !== undefined) cfg.timeout = override.timeout;
  if (override.tries !== undefined) cfg.tries = override.tries;
  if (override.hostsFile !== undefined) cfg.hostsFile = override.hostsFile;
  current = cfg;
  return cfg;
}

/** Forgets overrides and what was read: the next query reads the files again. */
export function resetConfig(): void {
  current = null;
}
