// A small authoritative DNS server for the tests (host dgram + net, dns-packet): a fixed zone
// under `.test`, names that answer SERVFAIL/REFUSED/NOTIMP/FORMERR, one that never answers,
// and one whose answer is too big for UDP (TC set, full answer over TCP).
//
// Run it alone (for probing the oracle): node --import tsx test/helpers/dns-server.ts [port] [host]
import dgram from 'node:dgram';
import net from 'node:net';
import packet from 'dns-packet';
import type { Answer, Packet, Question } from 'dns-packet';

type Rec = Record<string, unknown> & { type: string; data: unknown };

const many = Array.from({ length: 60 }, (_, i) => ({ type: 'A', data: `10.0.${i >> 8}.${i & 255}` }));

export const ZONE: Record<string, Rec[]> = {
  'a.test': [
    { type: 'A', data: '1.2.3.4' },
    { type: 'A', data: '5.6.7.8' },
    { type: 'AAAA', data: '2001:db8::1' },
    { type: 'AAAA', data: '::1' },
  ],
  'mx.test': [
    { type: 'MX', data: { preference: 10, exchange: 'mx1.test' } },
    { type: 'MX', data: { preference: 20, exchange: 'mx2.test' } },
  ],
  'txt.test': [
    { type: 'TXT', data: ['v=spf1 -all'] },
    { type: 'TXT', data: ['part one', 'part two'] },
  ],
  '_sip._udp.test': [
    { type: 'SRV', data: { priority: 10, weight: 5, port: 5060, target: 'sip1.test' } },
    { type: 'SRV', data: { priority: 20, weight: 0, port: 5061, target: 'sip2.test' } },
  ],
  'test': [
    { type: 'NS', data: 'ns1.test' },
    { type: 'NS', data: 'ns2.test' },
  ],
  'alias.test': [{ type: 'CNAME', data: 'a.test' }],
  'chain.test': [{ type: 'CNAME', data: 'alias.test' }],
  'dangling.test': [{ type: 'CNAME', data: 'nowhere.test' }],
  'empty.test': [{ type: 'TXT', data: [''] }],
  // inet_ntop's corner cases: compression, embedded IPv4, ties
  'six.test': ['::2', '::ffff:1.2.3.4', '::1.2.3.4', '2001:db8:0:0:1:0:0:1', '1:0:0:2:0:0:0:3', 'fe80::', '::', '::1', '1:2:3:4:5:6:7:8', '0:0:0:0:0:1:0:0', 'abcd:ef01::ffff:0:1', '::ffff:0:1.2.3.4', '0:1::'].map(
    (data) => ({ type: 'AAAA', data }),
  ),
  'naptr.test': [
    { type: 'NAPTR', data: { order: 100, preference: 10, flags: 'S', services: 'SIP+D2U', regexp: '', replacement: '_sip._udp.test' } },
  ],
  '4.3.2.1.in-addr.arpa': [
    { type: 'PTR', data: 'host.test' },
    { type: 'PTR', data: 'host2.test' },
  ],
  '1.0.0.127.in-addr.arpa': [{ type: 'PTR', data: 'loopback.test' }],
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': [{ type: 'PTR', data: 'six.test' }],
  'big.test': many,
  'utf8.test': [{ type: 'TXT', data: ['caf\u00e9'] }],
};

/** Names answered with an error rcode; 'timeout.test' is never answered. */
export const RCODES: Record<string, string> = {
  'servfail.test': 'SERVFAIL',
  'refused.test': 'REFUSED',
  'notimp.test': 'NOTIMP',
  'formerr.test': 'FORMERR',
};

function answersFor(q: Question): { rcode: string; answers: Answer[] } {
  const name = q.name.toLowerCase();
  if (RCODES[name]) return { rcode: RCODES[name], answers: [] };
  const answers: Answer[] = [];
  let current = name;
  // Follow CNAMEs as a recursive resolver would (the chain first, then the target's records).
  for (let hops = 0; hops < 8; hops++) {
    const recs = ZONE[current];
    if (!recs) return { rcode: answers.length ? 'NOERROR' : 'NXDOMAIN', answers };
    const cname = recs.find((r) => r.type === 'CNAME');
    if (cname && q.type !== 'CNAME') {
      answers.push({ name: current, type: 'CNAME', ttl: 60, data: cname.data as string } as Answer);
      current = (cname.data as string).toLowerCase();
      continue;
    }
    for (const r of recs) {
      if (r.type === q.type || q.type === 'ANY') answers.push({ ...r, name: current, ttl: 60 } as unknown as Answer);
    }
    return { rcode: 'NOERROR', answers };
  }
  return { rcode: 'SERVFAIL', answers: [] };
}

function respond(query: Packet, tcp: boolean): Uint8Array | null {
  const q = query.questions?.[0];
  if (!q) return null;
  if (q.name.toLowerCase() === 'timeout.test') return null;
  const { rcode, answers } = answersFor(q);
  let flags = packet.AUTHORITATIVE_ANSWER | packet.RECURSION_AVAILABLE | (query.flags ?? 0) & packet.RECURSION_DESIRED;
  flags |= ({ NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as Record<string, number>)[rcode];
  let out = packet.encode({ id: query.id, type: 'response', flags, questions: [q], answers });
  if (!tcp && out.length > 512) {
    out = packet.encode({ id: query.id, type: 'response', flags: flags | packet.TRUNCATED_RESPONSE, questions: [q], answers: [] });
  }
  return out;
}

export interface DnsServer {
  port: number;
  host: string;
  /** questions seen, as 'A a.test' (udp) or 'tcp A big.test' */
  log: string[];
  close(): Promise<void>;
}

/** UDP and TCP on the same port of `host` (port 0: any free port). */
export async function startDnsServer(port = 0, host = '127.0.0.1'): Promise<DnsServer> {
  const log: string[] = [];
  const udp = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
  udp.on('message', (msg, rinfo) => {
    let query: Packet;
    try {
      query = packet.decode(msg);
    } catch {
      return;
    }
    const q = query.questions?.[0];
    if (q) log.push(`${q.type} ${q.name}`);
    const out = respond(query, false);
    if (out) udp.send(out, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => udp.bind(port, host, resolve));
  const bound = udp.address().port;
  const tcp = net.createServer((sock) => {
    let pending = Buffer.alloc(0);
    sock.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        const len = pending.readUInt16BE(0);
        const query = packet.decode(pending.subarray(2, 2 + len));
        pending = pending.subarray(2 + len);
        const q = query.questions?.[0];
        if (q) log.push(`tcp ${q.type} ${q.name}`);
        const out = respond(query, true);
        if (out) {
          const head = Buffer.alloc(2);
          head.writeUInt16BE(out.length);
          sock.write(Buffer.concat([head, out]));
        }
      }
    });
    sock.on('error', () => {});
  });
  await new Promise<void>((resolve) => tcp.listen(bound, host, resolve));
  return {
    port: bound,
    host,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        udp.close();
        tcp.close(() => resolve());
      }),
  };
}

if (require.main === module) {
  void startDnsServer(Number(process.argv[2] ?? 53), process.argv[3] ?? '127.0.0.1').then((s) => {
    process.stdout.write(`dns server on ${s.host}:${s.port}\n`);
  });
}
