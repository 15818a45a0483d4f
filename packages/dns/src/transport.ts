// Asking the name servers: one question, over @n10/dgram, the way c-ares asked for 0.10.
//
// - Tries go round the server list; the wait for try t is timeout << floor(t / servers), and
//   the whole query fails with ETIMEOUT after tries × servers unanswered tries (ECONNREFUSED
//   when no try could even be sent).
// - One UDP socket per address family for the whole query, so a late answer to an earlier try
//   is still taken. An answer counts if it comes from a server asked, carries the query's id
//   and repeats its question (name compared case-insensitively); anything else is ignored.
// - A truncated answer (TC) sends the question again over TCP to that server, and every
//   later try of the query goes over TCP too.
// - Server errors (SERVFAIL, REFUSED, NOTIMP) are answers, not reasons to try the next server:
//   node ran c-ares with ARES_FLAG_NOCHECKRESP.
// The query keeps the event loop alive until it ends, as c-ares's sockets and timer did.
import binding from '@n10/binding';
import type { Timer } from '@n10/binding';
import dgram from '@n10/dgram';
import type { SocketInstance } from '@n10/dgram';
import { DIRECT_LOOKUP } from '@n10/dgram/internal';
import { Buffer } from '@n10/buffer';
import { fromUint8Array } from '@n10/buffer/internal';
import packet from 'dns-packet';
import type { Packet } from 'dns-packet';
import { getConfig, type NameServer, type ResolverConfig } from './config';
import { canonicalName } from './names';
import { tcpExchange } from './tcp';

export type Answered = (err: string | null, response?: Packet) => void;

// States of a query.
const WAITING = 0; // a try is out, its timer running
const DONE = 1;

interface QueryState {
  state: number;
  cfg: ResolverConfig;
  id: number;
  name: string;
  type: string;
  request: Uint8Array;
  /** tries made so far */
  tries: number;
  tcp: boolean;
  sawTimeout: boolean;
  asked: NameServer[];
  sockets: { udp4?: SocketInstance; udp6?: SocketInstance };
  timer: Timer;
  /** abandons the TCP exchange in flight */
  abortTcp: (() => void) | null;
  done: Answered;
}

function finish(q: QueryState, err: string | null, response?: Packet): void {
  if (q.state === DONE) return;
  q.state = DONE;
  q.timer.stop();
  q.timer.close();
  if (q.abortTcp) q.abortTcp();
  for (const s of [q.sockets.udp4, q.sockets.udp6]) if (s && s._handle) s.close();
  q.done(err, response);
}

function socketFor(q: QueryState, family: 4 | 6): SocketInstance {
  const key = family === 6 ? 'udp6' : 'udp4';
  let s = q.sockets[key];
  if (!s) {
    s = dgram.createSocket(key);
    // c-ares asked no dns.lookup: its sockets bind and send to server addresses as they are,
    // whatever a program did to dns.lookup (dgram's sockets ask dns.lookup as the program
    // left it).
    (s as unknown as { _handle: Record<typeof DIRECT_LOOKUP, boolean> })._handle[DIRECT_LOOKUP] = true;
    // Nor did its answers run in a domain: a socket made while one is active would enter it.
    (s as unknown as { domain: unknown }).domain = null;
    s.on('message', (msg, rinfo) => {
      const from = q.asked.find((a) => a.port === rinfo.port && a.address === rinfo.address);
      if (from) onMessage(q, msg, from);
    });
    // A socket that cannot send (no route, no such family) only costs this try.
    s.on('error', () => {});
    q.sockets[key] = s;
  }
  return s;
}

function onMessage(q: QueryState, msg: Uint8Array, server: NameServer): void {
  if (q.state === DONE || msg.length < 12) return;
  if (((msg[0] << 8) | msg[1]) !== q.id) return;
  let response: Packet;
  try {
    response = packet.decode(fromUint8Array(msg));
  } catch {
    finish(q, 'EBADRESP');
    return;
  }
  const question = response.questions && response.questions[0];
  if (!question || response.questions?.length !== 1 || question.type !== q.type || canonicalName(question.name) !== q.name) return;
  if (response.flag_tc && !q.tcp) {
    q.tcp = true;
    q.timer.stop();
    sendTcp(q, server, waitFor(q, q.tries - 1));
    return;
  }
  finish(q, null, response);
}

/** The wait for try number `t` (from 0): doubled after each round over the servers. */
function waitFor(q: QueryState, t: number): number {
  return q.cfg.timeout * Math.pow(2, Math.floor(t / q.cfg.servers.length));
}

function sendTcp(q: QueryState, server: NameServer, wait: number): void {
  if (q.abortTcp) q.abortTcp();
  q.abortTcp = tcpExchange(server, q.request, (err, message) => {
    q.abortTcp = null;
    if (err || !message) {
      nextTry(q);
      return;
    }
    onMessage(q, message, server);
  });
  q.timer.start(wait, 0);
}

function nextTry(q: QueryState): void {
  if (q.state === DONE) return;
  q.timer.stop();
  const servers = q.cfg.servers;
  if (q.tries >= q.cfg.tries * servers.length) {
    finish(q, q.sawTimeout ? 'ETIMEOUT' : 'ECONNREFUSED');
    return;
  }
  const server = servers[q.tries % servers.length];
  const wait = waitFor(q, q.tries);
  q.tries++;
  if (q.asked.indexOf(server) < 0) q.asked.push(server);
  if (q.tcp) {
    sendTcp(q, server, wait);
    return;
  }
  const request = q.request as unknown as Parameters<SocketInstance['send']>[0];
  const socket = socketFor(q, server.family);
  socket.send(request, 0, q.request.length, server.port, server.address, (err) => {
    if (err && q.state !== DONE) nextTry(q);
  });
  q.timer.start(wait, 0);
}

/** Asks the configured servers one question; `done` gets (null, response) or (code). */
export function ask(name: string, type: string, done: Answered): void {
  const cfg = getConfig();
  const id = Math.floor(Math.random() * 65536);
  const encoded = packet.encode({
    id,
    type: 'query',
    flags: packet.RECURSION_DESIRED,
    questions: [{ type, name: name.replace(/\.$/, ''), class: 'IN' }],
  });
  const timer = new binding.Timer();
  const q: QueryState = {
    state: WAITING,
    cfg,
    id,
    name: canonicalName(name),
    type,
    // An n10 Buffer over the encoded bytes: what dgram's send() takes.
    request: Buffer.isBuffer(encoded) ? encoded : fromUint8Array(new Uint8Array(encoded.buffer, encoded.byteOffset, encoded.length)),
    tries: 0,
    tcp: false,
    sawTimeout: false,
    asked: [],
    sockets: {},
    timer,
    abortTcp: null,
    done,
  };
  timer.ontimeout = () => {
    if (q.state === DONE) return;
    q.sawTimeout = true;
    if (q.abortTcp) q.abortTcp();
    q.abortTcp = null;
    nextTry(q);
  };
  nextTry(q);
}
