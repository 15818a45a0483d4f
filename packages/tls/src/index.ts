// @n10/tls: node 0.10's require('tls') over @n10/net and the binding's OpenSSL (SecureContext,
// Connection). One concern a file: context.ts (options → credentials and native contexts),
// pair.ts (SecurePair, CleartextStream, EncryptedStream: the CryptoStreams), pipe.ts (a pair
// on a socket), server.ts (tls.Server), connect.ts (tls.connect), identity.ts
// (checkServerIdentity).
import type { SecureContext } from '@n10/binding';
import { binding } from './native';
import { connect } from './connect';
import { checkServerIdentity } from './identity';
import { SecurePair, createSecurePair, settings } from './pair';
import { Server, createServer } from './server';

export type { ConnectOptions } from './connect';
export type { SecureOptions } from './context';
export type { PeerCertificateLike } from './identity';
export type {
  CipherInfo,
  CleartextStreamInstance,
  CryptoStreamInstance,
  EncryptedStreamInstance,
  PeerCertificate,
  SecurePairConstructor,
  SecurePairInstance,
  SecurePairOptions,
} from './pair';
export type { SecureConnectionListener, TlsServerConstructor, TlsServerInstance, TlsServerOptions } from './server';

let ciphers: string[] | null = null;

/** tls.getCiphers(): the names of the TLS cipher suites OpenSSL offers, lower case. */
function getCiphers(): string[] {
  if (!ciphers) {
    const b = binding();
    const ctx = new b.SecureContext();
    ctx.init(0);
    ctx.setMaxProto(0x303);
    const names = listCiphers(ctx);
    ctx.close();
    ciphers = names;
  }
  return ciphers.slice();
}

function listCiphers(ctx: SecureContext): string[] {
  const names = ctx.getCiphers();
  const out: string[] = [];
  for (const n of names) {
    // TLS 1.3 suites (TLS_AES_…) are never negotiated here (TLS 1.2 at most).
    if (/^TLS_/.test(n)) continue;
    const lower = n.toLowerCase();
    if (out.indexOf(lower) === -1) out.push(lower);
  }
  return out.sort();
}

interface Tls {
  CLIENT_RENEG_LIMIT: number;
  CLIENT_RENEG_WINDOW: number;
  SLAB_BUFFER_SIZE: number;
  getCiphers: typeof getCiphers;
  checkServerIdentity: typeof checkServerIdentity;
  createSecurePair: typeof createSecurePair;
  Server: typeof Server;
  createServer: typeof createServer;
  connect: typeof connect;
}

const tls = {
  getCiphers,
  checkServerIdentity,
  createSecurePair,
  Server,
  createServer,
  connect,
} as Tls;

// CLIENT_RENEG_LIMIT / WINDOW: read at every renegotiation, so a program may change them.
Object.defineProperty(tls, 'CLIENT_RENEG_LIMIT', {
  get: () => settings.CLIENT_RENEG_LIMIT,
  set: (v: number) => {
    settings.CLIENT_RENEG_LIMIT = v;
  },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(tls, 'CLIENT_RENEG_WINDOW', {
  get: () => settings.CLIENT_RENEG_WINDOW,
  set: (v: number) => {
    settings.CLIENT_RENEG_WINDOW = v;
  },
  enumerable: true,
  configurable: true,
});
tls.SLAB_BUFFER_SIZE = 10 * 1024 * 1024;

// 0.10's key order.
const ordered = {} as Tls;
for (const key of ['CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW', 'SLAB_BUFFER_SIZE', 'getCiphers', 'checkServerIdentity', 'createSecurePair', 'Server', 'createServer', 'connect']) {
  Object.defineProperty(ordered, key, Object.getOwnPropertyDescriptor(tls, key) as PropertyDescriptor);
}
for (const key of ['getCiphers', 'createSecurePair', 'createServer', 'connect'] as const) {
  Object.defineProperty(ordered[key], 'name', { value: '', configurable: true });
}

const SecurePairValue = SecurePair;
export { connect, createServer, createSecurePair, checkServerIdentity, getCiphers, Server, SecurePairValue as SecurePair };
export default ordered;
