// From a response to what 0.10's callbacks received, record type by record type, with the
// rules of the c-ares parsers node 0.10 used (checked against v0.10.19 with a local server):
// - A, AAAA, CNAME (ares_parse_a_reply/aaaa_reply): follow the CNAME chain from the question's
//   name; take the addresses of the name reached. No address and no alias: ENODATA; aliases
//   only: [] for A/AAAA, and CNAME answers [the name reached];
// - MX, TXT, SRV, NAPTR: every record of the type, whatever its name, [] when none;
// - NS: every NS record's name; none: ENODATA;
// - PTR: the chain from the question's name, then every PTR of the name reached; none: ENODATA.
// Key orders are 0.10's: {exchange, priority}, {name, port, priority, weight},
// {flags, service, regexp, replacement, order, preference}. A TXT record is its strings
// joined into one.
import { Buffer } from '@n10/buffer';
import type { Answer, Packet } from 'dns-packet';
import { ntop6, v6Bytes } from './ip';
import { canonicalName } from './names';

export interface MxRecord {
  exchange: string;
  priority: number;
}

export interface SrvRecord {
  name: string;
  port: number;
  priority: number;
  weight: number;
}

export interface NaptrRecord {
  flags: string;
  service: string;
  regexp: string;
  replacement: string;
  order: number;
  preference: number;
}

export type Records = string[] | MxRecord[] | SrvRecord[] | NaptrRecord[];

/** A parse result: the records, or a c-ares status name. */
export type Parsed = { records: Records } | { code: string };

function inClass(a: Answer): boolean {
  return a.class === undefined || a.class === 'IN';
}

function ofType(response: Packet, type: string): Answer[] {
  return (response.answers || []).filter((a) => a.type === type && inClass(a));
}

/** Follows CNAMEs from the question's name; the records of `type` of the name reached. */
function chain(response: Packet, type: string): { name: string; aliases: number; found: Answer[] } {
  let name = canonicalName(response.questions?.[0]?.name ?? '');
  let shown = (response.questions?.[0]?.name ?? '').replace(/\.$/, '');
  let aliases = 0;
  const found: Answer[] = [];
  for (const a of response.answers || []) {
    if (!inClass(a) || canonicalName(a.name) !== name) continue;
    if (a.type === 'CNAME') {
      aliases++;
      shown = String(a.data).replace(/\.$/, '');
      name = canonicalName(shown);
    } else if (a.type === type) {
      found.push(a);
    }
  }
  return { name: shown, aliases, found };
}

function textOf(parts: unknown): string {
  const list = Array.isArray(parts) ? parts : [parts];
  const bytes: number[] = [];
  for (const p of list) {
    if (typeof p === 'string') bytes.push(...new Buffer(p, 'utf8'));
    else for (let i = 0; i < (p as Uint8Array).length; i++) bytes.push((p as Uint8Array)[i]);
  }
  // c-ares handed node C strings: the text ends at the first NUL.
  const end = bytes.indexOf(0);
  return new Buffer(end >= 0 ? bytes.slice(0, end) : bytes).toString('utf8');
}

const NODATA = { code: 'ENODATA' };

export function parse(type: string, response: Packet): Parsed {
  switch (type) {
    case 'A':
    case 'AAAA': {
      const c = chain(response, type);
      if (c.found.length === 0 && c.aliases === 0) return NODATA;
      const six = type === 'AAAA';
      return { records: c.found.map((a) => (six ? ntop6(v6Bytes(String(a.data)) as number[]) : String(a.data))) };
    }
    case 'CNAME': {
      const c = chain(response, 'A');
      if (c.found.length === 0 && c.aliases === 0) return NODATA;
      return { records: [c.name] };
    }
    case 'MX':
      return {
        records: ofType(response, 'MX').map((a) => {
          const d = a.data as { preference: number; exchange: string };
          return { exchange: d.exchange, priority: d.preference };
        }),
      };
    case 'TXT':
      return { records: ofType(response, 'TXT').map((a) => textOf(a.data)) };
    case 'SRV':
      return {
        records: ofType(response, 'SRV').map((a) => {
          const d = a.data as { target: string; port: number; priority: number; weight: number };
          return { name: d.target, port: d.port, priority: d.priority, weight: d.weight };
        }),
      };
    case 'NAPTR':
      return {
        records: ofType(response, 'NAPTR').map((a) => {
          const d = a.data as { flags: string; services: string; regexp: string; replacement: string; order: number; preference: number };
          return { flags: d.flags, service: d.services, regexp: d.regexp, replacement: d.replacement, order: d.order, preference: d.preference };
        }),
      };
    case 'NS': {
      const names = ofType(response, 'NS').map((a) => String(a.data));
      return names.length ? { records: names } : NODATA;
    }
    case 'PTR': {
      const c = chain(response, 'PTR');
      return c.found.length ? { records: c.found.map((a) => String(a.data)) } : NODATA;
    }
    default:
      return NODATA;
  }
}
